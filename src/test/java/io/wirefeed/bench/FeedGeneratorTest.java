package io.wirefeed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedFormat;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedGeneratorTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void everyShapeParsesAsItsOwnFormat() {
    FeedGenerator feed = new FeedGenerator(1, 3_000, 0);
    Map<FeedGenerator.Shape, ParsedFormat> expected = new EnumMap<>(FeedGenerator.Shape.class);
    expected.put(FeedGenerator.Shape.ZCZC_TELEX, ParsedFormat.ZCZC);
    expected.put(FeedGenerator.Shape.PLAIN_TEXT, ParsedFormat.PLAIN_TEXT);
    expected.put(FeedGenerator.Shape.ANPA_1312, ParsedFormat.ANPA_1312);
    expected.put(FeedGenerator.Shape.IPTC_7901, ParsedFormat.IPTC_7901);
    expected.put(FeedGenerator.Shape.NITF, ParsedFormat.NITF);
    expected.put(FeedGenerator.Shape.NEWSML_G2, ParsedFormat.NEWSML_G2);
    for (FeedGenerator.Shape shape : FeedGenerator.Shape.values()) {
      byte[] message = feed.story(shape).getBytes(StandardCharsets.UTF_8);
      ParseResult result = parser.parse(message);
      assertThat(result).as(shape.name()).isInstanceOf(ParseResult.Parsed.class);
      var story = ((ParseResult.Parsed) result).story();
      assertThat(story.format()).as(shape.name()).isEqualTo(expected.get(shape));
      if (shape != FeedGenerator.Shape.PLAIN_TEXT) {
        assertThat(story.headline()).as(shape.name() + " headline").isNotBlank();
      }
      assertThat(message.length).as(shape.name() + " size").isBetween(2_500, 4_500);
    }
  }

  @Test
  void everyResendHashesAsAnEarlierStoryAndEveryOriginalIsNew() {
    FeedGenerator feed = new FeedGenerator(20_261_122L, 3_000, 0.3);
    Set<String> originals = new HashSet<>();
    Map<ParsedFormat, Integer> formats = new EnumMap<>(ParsedFormat.class);
    for (int i = 0; i < 3_000; i++) {
      FeedGenerator.Message message = feed.next();
      ParseResult result = parser.parse(message.bytes());
      assertThat(result).as("message %d", i).isInstanceOf(ParseResult.Parsed.class);
      var story = ((ParseResult.Parsed) result).story();
      formats.merge(story.format(), 1, Integer::sum);
      String hash = ContentHash.of(story);
      if (message.resend()) {
        assertThat(originals).as("re-send %d of %s", i, story.format()).contains(hash);
      } else {
        assertThat(originals.add(hash)).as("original %d", i).isTrue();
      }
    }
    assertThat(formats).hasSize(6);
  }
}
