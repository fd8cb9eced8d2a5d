package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void splitsAtLfCrlfAndCrLikeStringLines() {
    for (String text :
        List.of("", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "a\r\n\r\nb", "\r")) {
      assertThat(Lines.of(text))
          .as(text.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(text.lines().toList());
    }
  }

  @Test
  void dropsControlCharactersAndTurnsTabsIntoSpaces() {
    assertThat(Lines.of("\u0001ZCZC\u0002\nA\tB\u007F\n")).containsExactly("ZCZC", "A B");
  }
}
