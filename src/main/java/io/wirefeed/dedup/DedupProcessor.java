package io.wirefeed.dedup;

import io.wirefeed.avro.Duplicate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
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
  private ProcessorContext<String, DedupDecision> context;
  private DedupState state;

  /**
   * @param storeName the store of first-seen entries by 32-byte content hash
   * @param indexStoreName the store of the same entries by first-seen time ({@link ExpiryIndex})
   * @param storiesTopic the topic the stories' bytes were written for
   * @param duplicateReader reads what a duplicate's audit record needs from its bytes ({@link
   *     DuplicateSource#deserializer})
   */
  public DedupProcessor(
      String storeName,
      String indexStoreName,
      Duration retention,
      Duration purgeInterval,
      String storiesTopic,
      Deserializer<DuplicateSource> duplicateReader) {
    this.storeName = storeName;
    this.indexStoreName = indexStoreName;
    this.retention = retention;
    this.purgeInterval = purgeInterval;
    this.storiesTopic = storiesTopic;
    this.duplicateReader = duplicateReader;
  }

  @Override
  public void init(ProcessorContext<String, DedupDecision> context) {
    this.context = context;
    KeyValueStore<Bytes, FirstSeen> entries = context.getStateStore(storeName);
    KeyValueStore<Bytes, byte[]> index = context.getStateStore(indexStoreName);
    this.state = new DedupState(entries, index, retention);
    state.indexUnindexedEntries();
    context.schedule(purgeInterval, PunctuationType.STREAM_TIME, state::purgeExpired);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    FirstSeen copy = SeenHeader.take(record.headers());
    Bytes hash = storeKey(record.key());
    FirstSeen first = state.get(hash);
    if (first != null && state.isWithinWindow(first, record.timestamp())) {
      DuplicateSource story =
          duplicateReader.deserialize(storiesTopic, record.headers(), record.value());
      context.forward(record.withValue(new DedupDecision.Drop(duplicateOf(story, first))));
      return;
    }
    state.remember(hash, copy, first);
    context.forward(record.withValue(new DedupDecision.Publish(record.value())));
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
