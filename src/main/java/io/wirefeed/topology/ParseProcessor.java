package io.wirefeed.topology;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Signature;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Parses each raw record into its messages and forwards one outcome per message, in order: a story
 * (with its content hash) or a reject. The parser never throws, so one bad record never halts the
 * partition.
 */
final class ParseProcessor implements FixedKeyProcessor<byte[], byte[], ParseOutcome> {

  private final WireMessageParser parser;
  private final MinHasher hasher;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<byte[], ParseOutcome> context;

  /**
   * @param hasher signs each story for the link stage; null with linking off
   */
  ParseProcessor(WireMessageParser parser, MinHasher hasher, PipelineMetrics metrics) {
    this.parser = parser;
    this.hasher = hasher;
    this.metrics = metrics;
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
      FixedKeyRecord<byte[], ParseOutcome> out =
          record.withValue(outcome(message, record.key(), origin, receivedAt));
      context.forward(hasher == null ? out : signed(out, message, origin));
    }
  }

  /** With the story's signature in a header, when its text is long enough to link. */
  private FixedKeyRecord<byte[], ParseOutcome> signed(
      FixedKeyRecord<byte[], ParseOutcome> out, MessageResult message, Origin origin) {
    if (!(message.result() instanceof ParseResult.Parsed parsed)) {
      return out;
    }
    Optional<Signature> signature = hasher.signature(parsed.story());
    if (signature.isEmpty()) {
      return out;
    }
    RecordHeaders headers = new RecordHeaders(out.headers().toArray());
    headers.add(
        LinkedStory.HEADER, new LinkedStory(origin, message.index(), signature.get()).encode());
    return out.withHeaders(headers);
  }

  private static ParseOutcome outcome(
      MessageResult message, byte[] rawKey, Origin origin, Instant receivedAt) {
    if (message.result() instanceof ParseResult.Parsed parsed) {
      return new ParseOutcome.Accepted(
          StoryRecords.toAvro(
              parsed.story(),
              ContentHash.of(parsed.story()),
              receivedAt,
              origin,
              message.index(),
              message.byteOffset()));
    }
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
