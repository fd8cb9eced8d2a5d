package io.wirefeed.parse.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.Fixtures;
import io.wirefeed.parse.format.ParseResult.Parsed;
import io.wirefeed.parse.text.FoldedBody;
import io.wirefeed.parse.text.Paragraphs;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.text.TextLines;
import io.wirefeed.parse.text.Utf8Text;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * IPTC 7901 body lines judged and unwrapped on their bytes give the blocks that judging their
 * Strings gives, and a story's content hash from the paragraphs' bytes is its text's hash.
 */
class IptcBodyBytesTest {

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  /** Pieces that reach every branch: indents, column gaps, pipes, Unicode spaces, hyphens. */
  private static final String[] PIECES = {
    "Word",
    "dpa",
    " ",
    "   ",
    "    ",
    "|",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u0001",
    "-",
    "\u2010",
    "\u201C",
    "\u2019",
    "é",
    "\u2003",
    "\u3000",
    "\u00A0",
    "\u00AD",
    "#",
    "=",
    "\uD83D\uDE00",
  };

  @Test
  void blocksFromBytesAreTheBlocksOfTheLineStrings() {
    SplittableRandom random = new SplittableRandom(7901);
    int paragraphs = 0;
    int tables = 0;
    for (int n = 0; n < 30_000; n++) {
      byte[] text = randomText(random).getBytes(StandardCharsets.UTF_8);
      TextLines lines = TextLines.of(new Utf8Text(text, 0, text.length));
      int from = random.nextInt(lines.size() + 1);

      Iptc7901Parser.Blocks actual = Iptc7901Parser.blocks(lines, from, lines.size());

      List<ParsedBlock> expected = blocksOfStrings(lines.asList().subList(from, lines.size()));
      String context = new String(text, StandardCharsets.UTF_8);
      assertThat(actual.blocks()).as(context).isEqualTo(expected);
      assertThat(actual.utf8()).hasSameSizeAs(actual.blocks());
      for (int i = 0; i < actual.blocks().size(); i++) {
        TextLines.Paragraph bytes = actual.utf8().get(i);
        if (actual.blocks().get(i).kind() == ParsedBlock.Kind.TABLE) {
          assertThat(bytes).as(context).isNull();
          tables++;
        } else {
          assertThat(bytes.text()).as(context).isEqualTo(actual.blocks().get(i).text());
          String decoded = new String(bytes.utf8(), bytes.from(), bytes.to() - bytes.from(), UTF8);
          assertThat(decoded).as(context).isEqualTo(bytes.text());
          paragraphs++;
        }
      }
    }
    assertThat(paragraphs).as("paragraphs read").isGreaterThan(30_000);
    assertThat(tables).as("tables read").isGreaterThan(3_000);
  }

  @Test
  void hashAndWordCountOfStoriesFoldedFromTheirBytesAreTheirTextsOnes() throws Exception {
    SplittableRandom random = new SplittableRandom(14);
    int parsed = 0;
    int folded = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder body = new StringBuilder();
      if (random.nextBoolean()) {
        body.append("Berlin (dpa) - ");
      }
      String text = randomText(random).replace('\u0001', '\u0007'); // SOH would frame anew
      // Half the bodies fold to ASCII: no char that stays non-ASCII.
      body.append(random.nextBoolean() ? text : text.replace("é", "e").replace("\uD83D\uDE00", ""));
      String message =
          "\u0001bdt0101 4 pl 38 ccccb dpa 061\nWetter/Unwetter/\n\u0002Headline =\n"
              + body
              + "\ndpa xy ab\n\u0003031207 GMT Mär 25\n\u0004";
      ParseResult result = Fixtures.parse(message.getBytes(StandardCharsets.UTF_8));
      if (!(result instanceof Parsed p)) {
        continue;
      }
      parsed++;
      ParsedStory story = p.story();
      String context = message;
      if (FoldedBody.lastFolded(story.body()) != null) {
        folded++;
      }
      assertThat(ContentHash.of(story)).as(context).isEqualTo(sha256Hex(CanonicalText.of(story)));
      List<ParsedBlock> copy = new ArrayList<>(story.body());
      assertThat(story.wordCount())
          .as(context)
          .isEqualTo(new StoryBody(null, null, null, copy).wordCount());
    }
    assertThat(parsed).isGreaterThan(4_000);
    assertThat(folded).as("stories whose hash took their body's fold").isGreaterThan(1_000);
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(60); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static String sha256Hex(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF8)));
  }

  /**
   * The reference: the String rules the parser applied before it read bytes. A line framed by
   * {@code |}, or with two runs of three spaces each followed by text, is a table row; a blank line
   * or one starting with three spaces starts a paragraph; a paragraph's lines are unwrapped.
   */
  private static List<ParsedBlock> blocksOfStrings(List<String> lines) {
    List<ParsedBlock> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (String line : lines) {
      if (isRow(line.strip())) {
        addParagraph(paragraph, blocks);
        rows.add(line.stripTrailing());
        continue;
      }
      if (!rows.isEmpty()) {
        blocks.add(ParsedBlock.table(String.join("\n", rows)));
        rows.clear();
      }
      if (line.isBlank() || line.startsWith("   ")) {
        addParagraph(paragraph, blocks);
      }
      if (!line.isBlank()) {
        paragraph.add(line);
      }
    }
    addParagraph(paragraph, blocks);
    if (!rows.isEmpty()) {
      blocks.add(ParsedBlock.table(String.join("\n", rows)));
    }
    return blocks;
  }

  private static void addParagraph(List<String> paragraph, List<ParsedBlock> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(ParsedBlock.paragraph(Paragraphs.unwrap(paragraph)));
      paragraph.clear();
    }
  }

  private static boolean isRow(String stripped) {
    if (stripped.startsWith("|")) {
      return true;
    }
    // Split at runs of three or more spaces: two gaps with text after each make columns.
    String[] columns = stripped.split(" {3,}");
    return columns.length >= 3;
  }
}
