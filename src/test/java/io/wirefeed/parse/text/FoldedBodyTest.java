package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A body's word count, taken while it is folded for the hash, is {@link WordCount}'s count. */
class FoldedBodyTest {

  /** Plain words mostly, with the chars that fold to a space, are dropped or stay non-ASCII. */
  private static final String PLAIN = "abcXYZ019.,'\"- ";

  private static final String RARE =
      "\t\n\r\u000B\u001C`?\u007F\u00A0\u2007\u202F\u00AD\u200B\uFEFF\u2003\u2014\u201C\u00E9\u4E00";

  @Test
  void countsWhatWordCountCountsOnRandomBodies() {
    SplittableRandom random = new SplittableRandom(23);
    int folded = 0;
    for (int n = 0; n < 20_000; n++) {
      List<ParsedBlock> blocks = new ArrayList<>();
      int expected = 0;
      for (int b = random.nextInt(4); b > 0; b--) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(random.nextInt(10) == 0 ? 400 : 40); i > 0; i--) {
          text.append(
              random.nextInt(30) == 0
                  ? RARE.charAt(random.nextInt(RARE.length()))
                  : PLAIN.charAt(random.nextInt(PLAIN.length())));
        }
        blocks.add(ParsedBlock.paragraph(text.toString()));
        expected += WordCount.of(text.toString());
      }
      StoryBody body = new StoryBody(null, null, null, blocks);
      assertThat(body.wordCount()).as(blocks.toString()).isEqualTo(expected);
      if (FoldedBody.lastFolded(body.blocks()) != null) {
        folded++;
      }
    }
    assertThat(folded).as("bodies folded on the way").isGreaterThan(5_000);
  }

  @Test
  void foldsUtf8BytesAsTheStringPathFoldsTheirText() {
    SplittableRandom random = new SplittableRandom(41);
    String rare = RARE + "\uD83D\uDE00\u2018\u2019\u201D\u2013\u2010\u00FC";
    int ascii = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(random.nextInt(10) == 0 ? 400 : 40); i > 0; i--) {
        text.append(
            random.nextInt(random.nextInt(3) == 0 ? 4 : 60) == 0
                ? rare.charAt(random.nextInt(rare.length()))
                : PLAIN.charAt(random.nextInt(PLAIN.length())));
      }
      String block = text.toString();
      if (!new String(block.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
          .equals(block)) {
        continue; // half a surrogate pair: no UTF-8 gives this text
      }
      byte[] utf8 = ("<" + block + ">").getBytes(StandardCharsets.UTF_8);
      AsciiFolder expected = new AsciiFolder();
      AsciiFolder actual = new AsciiFolder();
      expected.reset();
      actual.reset();
      boolean expectedAscii = expected.append("x " + block);
      actual.append("x ");
      boolean actualAscii = actual.appendUtf8(utf8, 1, utf8.length - 1);
      assertThat(actualAscii).as(block).isEqualTo(expectedAscii);
      if (actualAscii) {
        ascii++;
        assertThat(new String(actual.bytes(), 0, actual.length(), StandardCharsets.US_ASCII))
            .as(block)
            .isEqualTo(
                new String(expected.bytes(), 0, expected.length(), StandardCharsets.US_ASCII));
        assertThat(actual.words()).as(block).isEqualTo(expected.words());
        assertThat(actual.wordsExact()).as(block).isEqualTo(expected.wordsExact());
      }
    }
    assertThat(ascii).as("texts folded to ASCII").isGreaterThan(5_000);
  }

  /**
   * Eight UTF-8 bytes holding a {@code ?} are folded a word at a time (in a String's Latin-1 copy a
   * {@code ?} may stand for a char above U+00FF, so there they go char by char): the same fold.
   */
  @Test
  void foldsQuestionMarksInUtf8BytesAsTheStringPathFoldsThem() {
    SplittableRandom random = new SplittableRandom(63);
    String chars = "ab?Z -`?.?\u201C\u00E9";
    int folded = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        text.append(chars.charAt(random.nextInt(random.nextInt(4) == 0 ? chars.length() : 8)));
      }
      String block = text.toString();
      byte[] utf8 = block.getBytes(StandardCharsets.UTF_8);
      AsciiFolder expected = new AsciiFolder();
      AsciiFolder actual = new AsciiFolder();
      expected.reset();
      actual.reset();
      boolean expectedAscii = expected.append(block);
      assertThat(actual.appendUtf8(utf8, 0, utf8.length)).as(block).isEqualTo(expectedAscii);
      if (!expectedAscii) {
        continue;
      }
      folded++;
      assertThat(new String(actual.bytes(), 0, actual.length(), StandardCharsets.US_ASCII))
          .as(block)
          .isEqualTo(new String(expected.bytes(), 0, expected.length(), StandardCharsets.US_ASCII));
      assertThat(actual.words()).as(block).isEqualTo(expected.words());
    }
    assertThat(folded).as("texts folded to ASCII").isGreaterThan(5_000);
  }

  @Test
  void countsAndFoldsAParsedBodyFromItsParagraphsBytes() {
    byte[] message =
        "LONDON (Reuters) - Talks \u201Cended\u201D.\n\n- Next -\n\nA second\nparagraph."
            .getBytes(StandardCharsets.UTF_8);
    TextLines lines = TextLines.of(new Utf8Text(message, 0, message.length));
    StoryBody body = StoryBody.of(lines.separatedByBlankLines(0, lines.size()));
    assertThat(body.wordCount()).isEqualTo(6);
    AsciiFolder folded = FoldedBody.lastFolded(body.blocks());
    assertThat(new String(folded.bytes(), 0, folded.length(), StandardCharsets.US_ASCII))
        .isEqualTo("talks \"ended\". next a second paragraph.");
  }

  @Test
  void givesTheFoldOnlyForTheBodyLastCounted() {
    StoryBody first = new StoryBody(null, null, null, List.of(ParsedBlock.paragraph("One two")));
    StoryBody second = new StoryBody(null, null, null, List.of(ParsedBlock.paragraph("One two")));
    assertThat(first.wordCount()).isEqualTo(2);
    assertThat(FoldedBody.lastFolded(first.blocks())).isNotNull();
    assertThat(second.wordCount()).isEqualTo(2);
    assertThat(FoldedBody.lastFolded(first.blocks())).as("an equal body, not this one").isNull();
    AsciiFolder folded = FoldedBody.lastFolded(second.blocks());
    assertThat(new String(folded.bytes(), 0, folded.length())).isEqualTo("one two");
  }

  @Test
  void givesNoFoldForABodyThatStaysNonAscii() {
    StoryBody body =
        new StoryBody(null, null, null, List.of(ParsedBlock.paragraph("Zürich \u4E00 talks")));
    assertThat(body.wordCount()).isEqualTo(3);
    assertThat(FoldedBody.lastFolded(body.blocks())).isNull();
  }
}
