package io.wirefeed.topology;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.dedup.SeenHeader;
import io.wirefeed.link.Signature;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Parses each raw record into its messages and forwards one outcome per message, in order: a story
 * (with its content hash) or a reject. The parser never throws, so one bad record never halts the
 * partition.
 *
 * <p>A story is serialized here, once, into the bytes that are published: with the stories topic's
 * subject and schema id, so the repartition topic carries them as they are and no later step
 * decodes or re-encodes a story it publishes. Where the copy was read travels beside them in a
 * {@link SeenHeader}. With linking on, the story's MinHash signature is computed here too, where
 * the text is at hand, and travels in a {@link LinkedStory} header for the link stage.
 */
final class ParseProcessor implements FixedKeyProcessor<byte[], byte[], ParseOutcome> {

  private final WireMessageParser parser;
  private final RecentSignatures signatures;
  private final PipelineMetrics metrics;
  private final Serializer<Story> storySerializer;
  private final String storiesTopic;
  private FixedKeyProcessorContext<byte[], ParseOutcome> context;

  /**
   * @param signatures signs each story for the link stage; null with linking off
   * @param storySerializer the stories topic's Avro serializer
   * @param storiesTopic the topic the stories are published on, whose subject names their schema
   */
  ParseProcessor(
      WireMessageParser parser,
      RecentSignatures signatures,
      PipelineMetrics metrics,
      Serializer<Story> storySerializer,
      String storiesTopic) {
    this.parser = parser;
    this.signatures = signatures;
    this.metrics = metrics;
    this.storySerializer = storySerializer;
    this.storiesTopic = storiesTopic;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], ParseOutcome> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], byte[]> record) {
    Origin origin = originOf(context.recordMetadata().orElse(null));
    Instant receivedAt = Instant.ofEpochMilli(record.timestamp());
    long start = System.nanoTime();
    List<MessageResult> messages = parser.parseAll(record.value());
    metrics.parsed(Duration.ofNanos(System.nanoTime() - start));
    for (MessageResult message : messages) {
      if (message.result() instanceof ParseResult.Failed failed) {
        metrics.rejected(failed.reason());
      }
      if (message.result() instanceof ParseResult.Parsed parsed) {
        context.forward(accepted(record, parsed, message, origin, receivedAt));
      } else {
        context.forward(record.withValue(rejected(message, record.key(), origin, receivedAt)));
      }
    }
  }

  private FixedKeyRecord<byte[], ParseOutcome> accepted(
      FixedKeyRecord<byte[], byte[]> record,
      ParseResult.Parsed parsed,
      MessageResult message,
      Origin origin,
      Instant receivedAt) {
    Story story = StoryRecords.toAvro(parsed.story(), message, receivedAt, origin);
    // Each message of the record gets its own headers: the raw record's, and where it was read.
    Headers headers = new RecordHeaders(record.headers().toArray());
    byte[] bytes = storySerializer.serialize(storiesTopic, headers, story);
    SeenHeader.add(
        headers, origin.getPartition(), origin.getOffset(), message.index(), record.timestamp());
    signature(story.getContentHash(), parsed)
        .ifPresent(
            signature ->
                headers.add(
                    LinkedStory.HEADER,
                    new LinkedStory(origin, message.index(), signature).encode()));
    return record
        .withValue((ParseOutcome) new ParseOutcome.Accepted(story.getContentHash(), bytes))
        .withHeaders(headers);
  }

  /** The story's signature, when linking is on and its text is long enough to link. */
  private Optional<Signature> signature(String contentHash, ParseResult.Parsed parsed) {
    return signatures == null
        ? Optional.empty()
        : signatures.signature(contentHash, parsed.story());
  }

  private static ParseOutcome rejected(
      MessageResult message, byte[] rawKey, Origin origin, Instant receivedAt) {
    return new ParseOutcome.Rejected(
        Reject.newBuilder()
            .setReason(((ParseResult.Failed) message.result()).reason())
            .setRawValue(wrap(message.bytes()))
            .setRawKey(wrap(rawKey))
            .setOrigin(origin)
            .setReceivedAt(receivedAt)
            .setMessageIndex(message.index())
            .setMessageOffset(message.byteOffset())
            .setFormat(message.format() == null ? null : message.format().name())
            .build());
  }

  private static Origin originOf(RecordMetadata metadata) {
    if (metadata == null) {
      // Only punctuators run without metadata, and this processor schedules none.
      return new Origin("", -1, -1L);
    }
    return new Origin(metadata.topic(), metadata.partition(), metadata.offset());
  }

  private static ByteBuffer wrap(byte[] bytes) {
    return bytes == null ? null : ByteBuffer.wrap(bytes);
  }
}
