package io.wirefeed.dedup;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops stories whose content hash was seen within the retention window. Input must be keyed by
 * content hash and partitioned by it, so that every copy of a story meets the same store. Its
 * values are the stories' published bytes, with a {@link SeenHeader}: a story that is published
 * goes on as the same bytes, and only a duplicate is decoded, for its audit record.
 *
 * <p>Expiry is judged in record time on every lookup, so the result does not depend on when the
 * purge runs; the purge only keeps the store from growing without bound, and reads only what
 * expires (see {@link DedupState}).
 */
public final class DedupProcessor implements Processor<String, byte[], String, DedupDecision> {

  private final String storeName;
  private final String indexStoreName;
  private final Duration retention;
  private final Duration purgeInterval;
  private final String storiesTopic;
  private final Deserializer<DuplicateSource> duplicateReader;
  private final Serde<Story> storySerde;
  private final String linkSignatureHeader;
  private ProcessorContext<String, DedupDecision> context;
  private DedupState state;

  /**
   * @param storeName the store of first-seen entries by 32-byte content hash
   * @param indexStoreName the store of the same entries by first-seen time ({@link ExpiryIndex})
   * @param storiesTopic the topic the stories' bytes were written for
   * @param duplicateReader reads what a duplicate's audit record needs from its bytes ({@link
   *     DuplicateSource#deserializer})
   * @param storySerde the stories topic's serde, for records an earlier version left unread in the
   *     repartition topic
   * @param linkSignatureHeader the header that carries a story's link signature from the parse
   *     step: taken off every record here and handed on in a published story's decision, so that
   *     nothing published carries it and the link stage reads it without copying the record's
   *     headers
   */
  public DedupProcessor(
      String storeName,
      String indexStoreName,
      Duration retention,
      Duration purgeInterval,
      String storiesTopic,
      Deserializer<DuplicateSource> duplicateReader,
      Serde<Story> storySerde,
      String linkSignatureHeader) {
    this.storeName = storeName;
    this.indexStoreName = indexStoreName;
    this.retention = retention;
    this.purgeInterval = purgeInterval;
    this.storiesTopic = storiesTopic;
    this.duplicateReader = duplicateReader;
    this.storySerde = storySerde;
    this.linkSignatureHeader = linkSignatureHeader;
  }

  @Override
  public void init(ProcessorContext<String, DedupDecision> context) {
    this.context = context;
    KeyValueStore<Bytes, FirstSeen> entries = context.getStateStore(storeName);
    KeyValueStore<Bytes, byte[]> index = context.getStateStore(indexStoreName);
    this.state = new DedupState(entries, index, retention);
    state.reindex();
    context.schedule(purgeInterval, PunctuationType.STREAM_TIME, state::purgeExpired);
  }

  @Override
  public void process(Record<String, byte[]> input) {
    Record<String, byte[]> record =
        SeenHeader.isOn(input.headers()) ? input : fromEarlierVersion(input);
    FirstSeen copy = SeenHeader.take(record.headers());
    byte[] linkSignature = takeLinkSignature(record.headers());
    Bytes hash = storeKey(record.key());
    FirstSeen first = state.get(hash);
    if (first != null && state.isWithinWindow(first, record.timestamp())) {
      DuplicateSource story =
          duplicateReader.deserialize(storiesTopic, record.headers(), record.value());
      context.forward(record.withValue(new DedupDecision.Drop(duplicateOf(story, first))));
      return;
    }
    state.remember(hash, copy, first);
    context.forward(record.withValue(new DedupDecision.Publish(record.value(), linkSignature)));
  }

  /**
   * The link signature header's value, removed from the headers (this record's own, as consumed);
   * null if there is none.
   */
  private byte[] takeLinkSignature(Headers headers) {
    Header header = headers.lastHeader(linkSignatureHeader);
    if (header == null) {
      return null;
    }
    headers.remove(linkSignatureHeader);
    return header.value();
  }

  /**
   * A record that a version before serialize-once wrote to the repartition topic and that was still
   * unread when it stopped: the whole story, for the repartition topic's own subject, and no {@link
   * SeenHeader}. It is written again as the stories topic's bytes, with its header, so that it goes
   * on like any other and is not lost at the upgrade.
   */
  private Record<String, byte[]> fromEarlierVersion(Record<String, byte[]> record) {
    String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(storiesTopic);
    Story story = storySerde.deserializer().deserialize(topic, record.headers(), record.value());
    byte[] published = storySerde.serializer().serialize(storiesTopic, record.headers(), story);
    SeenHeader.add(
        record.headers(),
        story.getOrigin().getPartition(),
        story.getOrigin().getOffset(),
        story.getMessageIndex(),
        record.timestamp());
    return record.withValue(published);
  }

  /**
   * The store keeps the 32 bytes of the SHA-256, not its 64 hex characters: half the key bytes in
   * RocksDB and in the changelog, for every story of the retention window.
   */
  public static Bytes storeKey(String contentHash) {
    return Bytes.wrap(HexFormat.of().parseHex(contentHash));
  }

  private static Duplicate duplicateOf(DuplicateSource story, FirstSeen first) {
    return Duplicate.newBuilder()
        .setContentHash(story.contentHash())
        .setOrigin(story.origin())
        .setReceivedAt(story.receivedAt())
        .setFirstOrigin(first.originOn(story.origin().getTopic()))
        .setMessageIndex(story.messageIndex())
        .setFirstMessageIndex(first.messageIndex())
        .setFirstSeenAt(Instant.ofEpochMilli(first.seenAt()))
        .setAgency(story.agency())
        .setSlug(story.slug())
        .setHeadline(story.headline())
        .build();
  }
}
