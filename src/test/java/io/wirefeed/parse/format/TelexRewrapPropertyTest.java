package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parsed;
import static io.wirefeed.parse.Fixtures.sampleFeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.text.Paragraphs;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A telex re-send re-wrapped at any width from 40 to 80 columns, with CRLF line ends, a new
 * preamble number and a new sign-off time, is the same story: same headline, dateline, body and
 * content hash as the original.
 */
class TelexRewrapPropertyTest {

  private static final int NARROWEST = 40;
  private static final int WIDEST = 80;

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01-003_be4688365d14eba1.txt",
        "03-port-strike-telex.txt",
        "05-election-result-telex.txt"
      })
  void everyReWrapHashesAsTheOriginal(String sample) {
    String original = new String(sampleFeed(sample), StandardCharsets.UTF_8);
    ParsedStory story = parse(original);

    for (int width = NARROWEST; width <= WIDEST; width++) {
      String resend = resend(original, width);
      ParsedStory again = parse(resend);

      assertThat(again.headline()).as("width %d", width).isEqualTo(story.headline());
      assertThat(again.dateline()).as("width %d", width).isEqualTo(story.dateline());
      assertThat(again.body()).as("width %d", width).isEqualTo(story.body());
      assertThat(ContentHash.of(again)).as("width %d", width).isEqualTo(ContentHash.of(story));
      assertThat(again.signOff()).as("width %d", width).isNotEqualTo(story.signOff());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 52, 60})
  void theReWrapReallySplitsTheHeadline(int width) {
    String resend =
        resend(new String(sampleFeed("03-port-strike-telex.txt"), StandardCharsets.UTF_8), width);

    assertThat(resend)
        .contains("\r\nDockers’ strike idles Chattogram port")
        .doesNotContain("Dockers’ strike idles Chattogram port as ships queue offshore");
  }

  private ParsedStory parse(String text) {
    return parsed(parser.parse(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The re-send as a desk would send it: each blank-line-separated block after {@code ZCZC}
   * re-wrapped at {@code width}, CRLF, the preamble's number line bumped, the sign-off time
   * changed.
   */
  static String resend(String original, int width) {
    List<String> blocks = blocks(original);
    List<String> out = new ArrayList<>();
    boolean afterStart = false;
    for (String block : blocks) {
      List<String> lines = block.lines().toList();
      String joined = Paragraphs.unwrap(lines);
      if (!afterStart) {
        out.add(joined.matches("\\d+") ? Integer.toString(Integer.parseInt(joined) + 1) : block);
        afterStart = joined.equals("ZCZC");
      } else if (lines.get(0).matches(".*/\\d{4} hrs")) {
        out.add(block.replaceFirst("\\d{4} hrs", "2359 hrs"));
      } else {
        out.add(wrap(joined, width));
      }
    }
    return String.join("\r\n\r\n", out).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
  }

  private static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.lines().toList()) {
      if (line.isBlank()) {
        if (current.length() > 0) {
          blocks.add(current.toString().strip());
          current.setLength(0);
        }
      } else {
        current.append(line).append('\n');
      }
    }
    if (current.length() > 0) {
      blocks.add(current.toString().strip());
    }
    return blocks;
  }

  private static String wrap(String text, int width) {
    return String.join("\n", Paragraphs.wrap(text, width));
  }
}
