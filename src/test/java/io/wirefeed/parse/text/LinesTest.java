package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
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

  @Test
  void firstLinesAreTheStartOfAllLines() {
    String[] pieces = {"a", "b c", "\n", "\r", "\r\n", "\t", "\u0001", "\u007F", "“", " "};
    SplittableRandom random = new SplittableRandom(19);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(30);
      for (int i = 0; i < count; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> all = Lines.of(text.toString());
      int max = 1 + random.nextInt(8);
      assertThat(Lines.first(text.toString(), max))
          .isEqualTo(all.subList(0, Math.min(max, all.size())));
    }
  }

  @Test
  void splittingAtControlBytesGivesWhatACharScanGives() {
    String[] pieces = {
      "plain words ",
      "\n",
      "\r",
      "\r\n",
      "\t",
      "\u0000",
      "\u0001",
      "\u001F",
      "\u007F",
      "\u0080",
      "é",
      "“",
      "–",
      "\uD83D\uDE00",
      "\uD83D",
      "\uDE00",
      "0123456789abcdef",
      " "
    };
    SplittableRandom random = new SplittableRandom(23);
    int withSurrogatePairs = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String what = text.toString();
      int max = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(8);
      assertThat(Lines.first(what, max)).as(what).isEqualTo(Lines.firstByChars(what, max));
      if (what.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
        withSurrogatePairs++;
      }
    }
    assertThat(withSurrogatePairs).as("texts that take the char scan").isGreaterThan(1_000);
  }
}
