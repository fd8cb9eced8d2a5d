package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.story.ParsedBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass word scanner gives the words of the canonical text, or gives up. */
class WordScannerTest {

  @Test
  void givesTheWordsOfTheCanonicalTextForEveryCharacterItAccepts() {
    Random random = new Random(15);
    int scanned = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      String text = randomText(random);
      Shingles.Words fast = WordScanner.scan(text);
      if (fast != null) {
        scanned++;
        assertThat(joined(fast))
            .as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
            .isEqualTo(joined(Shingles.Words.of(CanonicalText.canonicalize(text))));
      }
    }
    assertThat(scanned).as("texts the scanner took").isGreaterThan(2_000);
  }

  @Test
  void everyCharacterBelowTheLetterlikeSymbolsIsJudgedAsCanonicalizationTreatsIt() {
    for (char c = 128; c < 0x2100; c++) {
      String text = "Ab" + c + "Cd ef";
      Shingles.Words fast = WordScanner.scan(text);
      if (fast != null) {
        assertThat(joined(fast))
            .as("U+%04X", (int) c)
            .isEqualTo(joined(Shingles.Words.of(CanonicalText.canonicalize(text))));
      }
    }
  }

  @Test
  void typographyAndInvisibleCharactersAreTakenLettersOutsideAsciiAreNot() {
    assertThat(joined(WordScanner.scan("It’s “fine” — re\u00ADsume\u00A0now")))
        .isEqualTo("it s fine resume now");
    assertThat(WordScanner.scan("Café au lait")).isNull();
    assertThat(WordScanner.scan("\u212Aelvin")).isNull(); // NFKC makes it a K
  }

  @Test
  void paragraphsAreSeparateWordsAndOtherBlocksDoNotCount() {
    List<ParsedBlock> body =
        List.of(
            new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, "First paragraph ends"),
            new ParsedBlock(ParsedBlock.Kind.SUBHEAD, "A subhead"),
            new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, "second begins"));

    assertThat(joined(WordScanner.scan(body))).isEqualTo("first paragraph ends second begins");
  }

  @Test
  void aStoryLongerThanTheReusedBuffersAndTheStoriesAroundItKeepTheirOwnWords() {
    String shortText = "Port workers strike";
    String longText = "Talks resume at dawn. ".repeat(WordScanner.REUSED_UP_TO_CHARS / 20);

    assertThat(joined(WordScanner.scan(shortText))).isEqualTo("port workers strike");
    assertThat(joined(WordScanner.scan(longText)))
        .hasSize(longText.length() / 22 * 21 - 1) // 20 letters and a space per sentence
        .isEqualTo(joined(Shingles.Words.of(CanonicalText.canonicalize(longText))));
    assertThat(joined(WordScanner.scan(longText.substring(0, 40))))
        .isEqualTo("talks resume at dawn talks resume at da");
    assertThat(joined(WordScanner.scan("Strike"))).isEqualTo("strike");
  }

  private static String joined(Shingles.Words words) {
    if (words.count() == 0) {
      return "";
    }
    return new String(words.bytes(), 0, words.end(words.count() - 1), StandardCharsets.UTF_8);
  }

  private static final String ALPHABET =
      "aZ09 .,'\"-\n\t\u00A0\u00AD\u2019\u201C\u201D\u2014\u2013\u2026\u00E9\u00B4\u00AA\u2060\u200B"
          + "\u0301\u2212\u00BD\u2002\u0085\u2028\u00B7\u212A";

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(4) == 0) {
        text.append((char) (128 + random.nextInt(0x2100 - 128)));
      } else {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return text.toString();
  }
}
