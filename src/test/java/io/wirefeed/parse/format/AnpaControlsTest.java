package io.wirefeed.parse.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AnpaControlsTest {

  @Test
  void dropsControlCharsButTabsAndKeepsEverythingElseInOrder() {
    Random random = new Random(5);
    char[] alphabet = {'a', ' ', '\t', '\u0002', '\u001f', '\u007f', '\u0080', 'é', '^', '\n'};
    for (int round = 0; round < 10_000; round++) {
      StringBuilder text = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        char c = alphabet[random.nextInt(alphabet.length)];
        text.append(c);
        if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
          expected.append(c);
        }
      }
      assertThat(Anpa1312Parser.withoutControls(text.toString())).isEqualTo(expected.toString());
    }
  }
}
