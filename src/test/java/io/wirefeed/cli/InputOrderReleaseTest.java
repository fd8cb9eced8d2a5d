package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.StoryLink;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.topology.StoryRecords;
import io.wirefeed.topology.TopologyConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The sample feed's first three messages: the raw seed, its cleaned copy (linked to it) and an
 * unrelated story, arriving out of order.
 */
class InputOrderReleaseTest {

  private static final String RAW = "wire.raw";
  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  private final List<FeedMessage> feed = FeedMessage.sampleFeed().subList(0, 3);
  private final TopologyConfig config =
      new TopologyConfig(
          TopologyConfig.Topics.DEFAULT,
          Duration.ofDays(7),
          Duration.ofMinutes(10),
          ParseLimits.DEFAULTS,
          Map.of());
  private final List<OutputEvent> stories = new ArrayList<>();
  private final InputOrderRelease release;

  InputOrderReleaseTest() {
    List<RecordMetadata> sent = new ArrayList<>();
    var parser = new WireMessageParser(ParseLimits.DEFAULTS);
    for (int offset = 0; offset < feed.size(); offset++) {
      sent.add(new RecordMetadata(new TopicPartition(RAW, 0), offset, 0, 0L, 0, 0));
      MessageResult message = parser.parseAll(feed.get(offset).bytes()).get(0);
      var parsed = (ParseResult.Parsed) message.result();
      Story story =
          StoryRecords.toAvro(parsed.story(), message, NOW, new Origin(RAW, 0, (long) offset));
      stories.add(new OutputEvent(OutputEvent.Kind.STORY, story));
    }
    release = new InputOrderRelease(new ExpectedOutputs(feed, sent, config));
  }

  @Test
  void releasesEachLineOnceItAndEveryEarlierLineAreFinal() {
    OutputEvent link = linkOf(1, 0);

    assertThat(release.accept(List.of(stories.get(2)))).isEmpty();
    assertThat(release.accept(List.of(stories.get(0)))).containsExactly(stories.get(0));
    assertThat(release.accept(List.of(stories.get(1))))
        .as("the cleaned copy waits for its link to the raw seed")
        .isEmpty();
    assertThat(release.done()).isFalse();
    assertThat(release.accept(List.of(link))).containsExactly(stories.get(1), link, stories.get(2));
    assertThat(release.done()).isTrue();
  }

  @Test
  void linesThatArriveTogetherComeOutInInputOrder() {
    OutputEvent link = linkOf(1, 0);

    assertThat(release.accept(List.of(stories.get(2), link, stories.get(1), stories.get(0))))
        .containsExactly(stories.get(0), stories.get(1), link, stories.get(2));
    assertThat(release.released()).isEqualTo(3);
  }

  private OutputEvent linkOf(int newer, int earlier) {
    Story newerStory = (Story) stories.get(newer).record();
    Story earlierStory = (Story) stories.get(earlier).record();
    StoryLink link =
        StoryLink.newBuilder()
            .setContentHash(newerStory.getContentHash())
            .setLinkedContentHash(earlierStory.getContentHash())
            .setSimilarity(0.63)
            .setContainment(0.9)
            .setClusterId(earlierStory.getContentHash())
            .setOrigin(newerStory.getOrigin())
            .setMessageIndex(newerStory.getMessageIndex())
            .setReceivedAt(NOW)
            .setLinkedOrigin(earlierStory.getOrigin())
            .setLinkedMessageIndex(earlierStory.getMessageIndex())
            .setLinkedReceivedAt(NOW)
            .setLinkedAt(NOW)
            .setBand(0)
            .build();
    return new OutputEvent(OutputEvent.Kind.LINK, link);
  }
}
