package io.wirefeed.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.text.AsciiFolder;
import io.wirefeed.parse.text.FoldedBody;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ASCII fast path must give exactly what the full Unicode path gives. */
class AsciiFolderTest {

  private static final String ALPHABET =
      "aZ zAM?09 .,;'\"`´‘’“”«»-–—―−‐ \t\n\r\u000B\u001C\u00A0\u2007\u202F\u00AD\u200B\uFEFFÉéçß"
          + "ﬁＡ½…";

  @Test
  void foldsExactlyAsTheFullPathOnRandomStories() {
    SplittableRandom random = new SplittableRandom(7);
    int fastPathTaken = 0;
    for (int n = 0; n < 20_000; n++) {
      ParsedStory story = story(random);
      AsciiFolder folder = new AsciiFolder();
      String full = CanonicalText.ofFullPath(story);
      if (folder.fold(story)) {
        fastPathTaken++;
        assertThat(new String(folder.bytes(), 0, folder.length()))
            .as(story.toString())
            .isEqualTo(full);
      }
      assertThat(CanonicalText.of(story)).isEqualTo(full);
      assertThat(ContentHash.of(story)).isEqualTo(ContentHash.ofCanonicalText(full));
    }
    assertThat(fastPathTaken).as("stories that took the fast path").isGreaterThan(1_000);
  }

  @Test
  void foldsPlainWordsEightAtATimeExactlyAsTheFullPath() {
    // Mostly the plain ASCII the eight-char path takes, with now and then a char it must leave to
    // the char-by-char path, so the two meet at every lane.
    String plain = "abcxyzABCXYZ0189.,;:!'\"()/ -";
    String rare = "`?\t\n\u001C\u007F\u00A0\u00AD\u00E9\u2003\u2014\u201C\u200B";
    SplittableRandom random = new SplittableRandom(11);
    for (int n = 0; n < 20_000; n++) {
      List<ParsedBlock> body = new ArrayList<>();
      for (int b = random.nextInt(4); b > 0; b--) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(80); i > 0; i--) {
          text.append(
              random.nextInt(40) == 0
                  ? rare.charAt(random.nextInt(rare.length()))
                  : plain.charAt(random.nextInt(plain.length())));
        }
        body.add(ParsedBlock.paragraph(text.toString()));
      }
      ParsedStory story =
          ParsedStory.builder(ParsedFormat.PLAIN_TEXT).body(body).wordCount(0).build();
      String full = CanonicalText.ofFullPath(story);
      AsciiFolder folder = new AsciiFolder();
      if (folder.fold(story)) {
        assertThat(new String(folder.bytes(), 0, folder.length()))
            .as(story.toString())
            .isEqualTo(full);
      }
      assertThat(ContentHash.of(story)).isEqualTo(ContentHash.ofCanonicalText(full));
    }
  }

  @Test
  void hashesAStoryWhoseParserFoldedItsBodyAsTheFullPathDoes() {
    SplittableRandom random = new SplittableRandom(29);
    int memoUsed = 0;
    for (int n = 0; n < 20_000; n++) {
      ParsedStory drawn = story(random);
      // As a parser does: the body's words are counted (and the body folded), then the story built.
      StoryBody body = new StoryBody(null, null, null, drawn.body());
      ParsedStory story =
          ParsedStory.builder(ParsedFormat.PLAIN_TEXT)
              .headline(drawn.headline())
              .body(body.blocks())
              .wordCount(body.wordCount())
              .build();
      if (FoldedBody.lastFolded(story.body()) != null) {
        memoUsed++;
      }
      assertThat(ContentHash.of(story))
          .as(story.toString())
          .isEqualTo(ContentHash.ofCanonicalText(CanonicalText.ofFullPath(story)));
    }
    assertThat(memoUsed).as("stories hashed with their parser's fold").isGreaterThan(1_000);
  }

  private static ParsedStory story(SplittableRandom random) {
    // Mostly ASCII-foldable text, sometimes with characters that force the full path.
    int alphabet = random.nextInt(4) == 0 ? ALPHABET.length() : ALPHABET.indexOf('É');
    List<ParsedBlock> body = new ArrayList<>();
    int blocks = random.nextInt(4);
    for (int b = 0; b < blocks; b++) {
      body.add(ParsedBlock.paragraph(text(random, alphabet)));
    }
    String headline = random.nextBoolean() ? text(random, alphabet) : null;
    return ParsedStory.builder(ParsedFormat.PLAIN_TEXT)
        .headline(headline)
        .body(body)
        .wordCount(0)
        .build();
  }

  private static String text(SplittableRandom random, int alphabet) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(random.nextInt(8) == 0 ? 3_000 : 30);
    for (int i = 0; i < length; i++) {
      // Now and then any ASCII character, control characters included.
      text.append(
          random.nextInt(10) == 0
              ? (char) random.nextInt(128)
              : ALPHABET.charAt(random.nextInt(alphabet)));
    }
    return text.toString();
  }
}
