package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level questions the parsers ask of a message answer as the same questions of its text.
 */
class Utf8TextTest {

  private static final String[] PIECES = {
    "a", "<nitf", "<", "é", "’", "\uD83D\uDE00", " ", "\n", "\r", "\r\n", "\u0001", "\u2003", "\t"
  };

  @Test
  void findsAnAsciiMarkerInTheFirstCharsAsTheTextDoes() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      Utf8Text utf8 = utf8(text);
      int chars = random.nextInt(text.length() + 2);
      String head = text.substring(0, Math.min(chars, text.length()));

      assertThat(utf8.containsAscii("<nitf", utf8.endOfChars(chars)))
          .as("%s in the first %d chars of %s", "<nitf", chars, text)
          .isEqualTo(head.contains("<nitf"));
      int soh = utf8.indexOf('\u0001', utf8.from());
      boolean sohInHead = soh >= 0 && soh < utf8.endOfChars(chars);
      assertThat(sohInHead).isEqualTo(head.indexOf('\u0001') >= 0);
    }
  }

  @Test
  void countsLinesAndBlanksAsTheTextDoes() {
    SplittableRandom random = new SplittableRandom(4);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      Utf8Text utf8 = utf8(text);
      long lines = text.isEmpty() ? 1 : text.lines().count() + (endsInLineEnd(text) ? 1 : 0);
      int max = 1 + random.nextInt(12);

      assertThat(utf8.hasMoreLinesThan(max)).as(text).isEqualTo(lines > max);
      assertThat(utf8.lines()).isEqualTo(text.lines().toList());
      if (utf8.startsNonBlankInAscii()) {
        assertThat(text.isBlank()).isFalse();
      }
    }
  }

  @Test
  void handsOutEachLineWithWhetherItHoldsAControlOtherThanATab() {
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 20_000; n++) {
      String text =
          randomText(random)
              + (random.nextBoolean() ? "\t\u007Fx" : "")
              + (random.nextBoolean() ? "\ty" : "");
      List<String> lines = new ArrayList<>();
      utf8(text)
          .forEachLine(
              (line, hasControl) -> {
                assertThat(hasControl)
                    .as("%s", line)
                    .isEqualTo(line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F));
                lines.add(line);
              });

      assertThat(lines).as(text).isEqualTo(text.lines().toList());
    }
  }

  private static boolean endsInLineEnd(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r';
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(30);
    for (int i = 0; i < count; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static Utf8Text utf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Utf8Text(bytes, 0, bytes.length);
  }
}
