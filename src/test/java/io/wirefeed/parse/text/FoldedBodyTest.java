package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
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
