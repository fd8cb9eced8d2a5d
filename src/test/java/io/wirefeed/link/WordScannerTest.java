package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.bench.FeedGenerator;
import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.parse.text.FoldedBody;
import io.wirefeed.story.ParsedBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
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

  @Test
  void asciiTextsOfEveryLengthAcrossChunksAndBlocksGiveTheCanonicalWords() {
    // Eight characters are read at once and 32 as a block: every length up to three blocks ends
    // mid-chunk, on a chunk's edge or on a block's, with words of 1 to 20 letters across them.
    Random random = new Random(157);
    for (int length = 0; length <= 100; length++) {
      for (int trial = 0; trial < 40; trial++) {
        String text = randomAsciiText(random, length);
        assertThat(joined(WordScanner.scan(text))).as("%s", text).isEqualTo(canonicalWords(text));
      }
    }
  }

  @Test
  void aBlockOfOneLetterWordsHasMoreWordsThanItsFirstEightSlots() {
    String text = "a B c D e F g H i J k L m N o P q R s T u V w X y Z 0 1 2 3 4 5 6 7 8 9";

    assertThat(joined(WordScanner.scan(text))).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    assertThat(WordScanner.scan(text).count()).isEqualTo(36);
  }

  @Test
  void aCharacterOutsideAsciiOrAQuestionMarkIsReadRightAtEveryPositionOfEveryChunk() {
    // Each of these sends its chunk of eight from the bulk path to the characters: a soft hyphen
    // (dropped, joins the letters around it), a no-break space and curly quotes (separators,
    // the quotes above U+00FF, which the Latin-1 copy turns into '?'), a '?' itself, and a
    // zero-width space (dropped, above U+00FF).
    String base = "Wirefeed9 reports: Harbour CRANES idle at dawn, 12 ships wait offshore";
    for (char odd : "\u00AD\u00A0\u2019\u201C?\u200B".toCharArray()) {
      for (int at = 0; at <= base.length(); at++) {
        String text = base.substring(0, at) + odd + base.substring(at);
        assertThat(joined(WordScanner.scan(text)))
            .as("U+%04X at %d", (int) odd, at)
            .isEqualTo(canonicalWords(text));
      }
    }
  }

  @Test
  void aLetterOutsideAsciiOrASurrogatePairAnywhereSendsTheTextToTheFullPath() {
    String base = "Harbour cranes idle at dawn while twelve ships wait offshore";
    for (int at = 0; at <= base.length(); at++) {
      assertThat(WordScanner.scan(base.substring(0, at) + "é" + base.substring(at))).isNull();
      assertThat(WordScanner.scan(base.substring(0, at) + "\u0141" + base.substring(at)))
          .isNull(); // its Latin-1 copy is a '?', its low byte an 'A'
      assertThat(WordScanner.scan(base.substring(0, at) + "\uD83D\uDCF0" + base.substring(at)))
          .isNull(); // one '?' in the copy for two chars
    }
  }

  @Test
  void paragraphsOfEveryLengthEndTheirLastWordWhereverTheyStopInAChunk() {
    Random random = new Random(1515);
    for (int trial = 0; trial < 2_000; trial++) {
      List<ParsedBlock> body = new java.util.ArrayList<>();
      StringJoiner joinedText = new StringJoiner(" ");
      for (int paragraph = random.nextInt(5); paragraph >= 0; paragraph--) {
        String text = randomAsciiText(random, random.nextInt(80));
        body.add(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, text));
        joinedText.add(text);
      }
      assertThat(joined(WordScanner.scan(body)))
          .as("%s", body)
          .isEqualTo(canonicalWords(joinedText.toString()));
    }
  }

  @Test
  void theBodyItsParserFoldedGivesTheWordsOfItsParagraphs() {
    var parser = new WireMessageParser(ParseLimits.DEFAULTS);
    var feed = new FeedGenerator(7, 3_000, 0.0); // every format, subheads and tables among them
    int foldedBodies = 0;
    for (int message = 0; message < 600; message++) {
      byte[] bytes = feed.next().bytes();
      if (message % 3 == 0) { // curly quotes, dashes, soft hyphens and no-break spaces too
        bytes =
            new String(bytes, StandardCharsets.UTF_8)
                .replace(" the ", " the\u00A0")
                .replace("ed ", "e\u00ADd ")
                .replace(" - ", " \u2014 ")
                .replace("'", "\u2019")
                .getBytes(StandardCharsets.UTF_8);
      }
      if (!(parser.parse(bytes) instanceof ParseResult.Parsed parsed)) {
        continue;
      }
      List<ParsedBlock> body = parsed.story().body();
      foldedBodies += FoldedBody.lastFolded(body) != null ? 1 : 0;
      String fromFold = joined(WordScanner.scan(body));

      assertThat(fromFold)
          .as("message %d", message)
          .isEqualTo(canonicalWords(Shingles.linkableText(parsed.story())));
    }
    assertThat(foldedBodies).as("stories whose words came from the fold").isGreaterThan(500);
  }

  private static String canonicalWords(String text) {
    return joined(Shingles.Words.of(CanonicalText.canonicalize(text)));
  }

  /** Words of 1 to 20 letters and digits, mixed case, between runs of ASCII punctuation. */
  private static String randomAsciiText(Random random, int length) {
    String wordChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    String between = " .,;:'\"-()/@[`{~\n\t\u007F\u0000";
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      for (int i = random.nextInt(20) + 1; i > 0; i--) {
        text.append(wordChars.charAt(random.nextInt(wordChars.length())));
      }
      for (int i = random.nextInt(3) + 1; i > 0; i--) {
        text.append(between.charAt(random.nextInt(between.length())));
      }
    }
    return text.substring(0, length);
  }

  /** The words, one space between them. */
  static String joined(Shingles.Words words) {
    StringJoiner joined = new StringJoiner(" ");
    for (int word = 0; word < words.count(); word++) {
      int from = words.start(word);
      joined.add(new String(words.bytes(), from, words.end(word) - from, StandardCharsets.UTF_8));
    }
    return joined.toString();
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
