package io.wirefeed.topology;

import io.wirefeed.avro.BlockKind;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.WireFormat;
import io.wirefeed.parse.Block;
import io.wirefeed.parse.Dateline;
import io.wirefeed.parse.ParsedStory;
import java.time.Instant;
import java.util.List;

/** Turns a parsed story into the Avro {@link Story} published on the topics. */
public final class StoryRecords {

  private StoryRecords() {}

  /**
   * @param origin where the raw message was read; null outside Kafka
   */
  public static Story toAvro(
      ParsedStory parsed, String contentHash, Instant receivedAt, Origin origin) {
    return Story.newBuilder()
        .setContentHash(contentHash)
        .setFormat(WireFormat.valueOf(parsed.format().name()))
        .setAgency(parsed.agency())
        .setSource(parsed.source())
        .setStoryCode(parsed.storyCode())
        .setSlug(parsed.slug())
        .setHeadline(parsed.headline())
        .setByline(parsed.byline())
        .setDateline(toAvro(parsed.dateline()))
        .setBody(toAvro(parsed.body()))
        .setSignOff(parsed.signOff())
        .setWordCount(parsed.wordCount())
        .setCharset(parsed.charset())
        .setReceivedAt(receivedAt)
        .setOrigin(origin)
        .build();
  }

  private static io.wirefeed.avro.Dateline toAvro(Dateline dateline) {
    if (dateline == null) {
      return null;
    }
    return io.wirefeed.avro.Dateline.newBuilder()
        .setPlace(dateline.place())
        .setDate(dateline.date() == null ? null : dateline.date().toString())
        .setText(dateline.text())
        .build();
  }

  private static List<io.wirefeed.avro.Block> toAvro(List<Block> body) {
    return body.stream()
        .map(
            block ->
                io.wirefeed.avro.Block.newBuilder()
                    .setKind(BlockKind.valueOf(block.kind().name()))
                    .setText(block.text())
                    .build())
        .toList();
  }
}
