package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordCountTest {

  /** The char-by-char count the eight-at-a-time one replaces. */
  private static int referenceCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean wordChar = !Character.isWhitespace(text.charAt(i));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }

  @Test
  void countsRunsOfNonWhitespace() {
    assertThat(WordCount.of("")).isZero();
    assertThat(WordCount.of("   ")).isZero();
    assertThat(WordCount.of("one")).isEqualTo(1);
    assertThat(WordCount.of("  one two\tthree\nfour  ")).isEqualTo(4);
    assertThat(WordCount.of("Moon Jae-in met \u201Cthe press\u201D today, officials said."))
        .isEqualTo(8);
  }

  @Test
  void whitespaceAboveLatin1CountsAsWhitespace() {
    // U+2003 turns into '?' in ISO-8859-1: it must still split words, at any lane.
    for (int at = 0; at < 20; at++) {
      String text = "a".repeat(at) + "\u2003b c?d";
      assertThat(WordCount.of(text)).as("at %d", at).isEqualTo(referenceCount(text));
    }
  }

  @Test
  void agreesWithTheCharByCharCountOnRandomText() {
    // Chars from a small alphabet that holds every kind the fast path tells apart: letters, ASCII
    // whitespace, controls next to it, '?', Latin-1 (NBSP, NEL), and chars above U+00FF that are
    // and are not whitespace.
    char[] alphabet = {
      'a', 'Z', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001F', '\u0000', '\u0008',
      '\u000E', '\u001B', '!', '\u0021', '?', '-', '\u007F', '\u0080', '\u0085', '\u00A0', '\u00FF',
      '\u2003', '\u2007', '\u2028', '\u3000', '\u201C', '\u201D', '\u2014', '\u1680', '\uFEFF'
    };
    SplittableRandom random = new SplittableRandom(20261122);
    for (int round = 0; round < 20_000; round++) {
      int length = random.nextInt(40);
      StringBuilder text = new StringBuilder(length);
      boolean asciiOnly = random.nextBoolean();
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(asciiOnly ? 22 : alphabet.length)]);
      }
      String s = text.toString();
      assertThat(WordCount.of(s)).as("%s", s.chars().boxed().toList()).isEqualTo(referenceCount(s));
    }
  }

  @Test
  void agreesWithTheCharByCharCountOnEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String text = "ab" + (char) c + "cdefgh" + (char) c + "x" + (char) c;
      assertThat(WordCount.of(text)).as("U+%04X", c).isEqualTo(referenceCount(text));
    }
  }
}
