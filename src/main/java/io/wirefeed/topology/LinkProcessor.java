package io.wirefeed.topology;

import io.wirefeed.avro.StoryLink;
import io.wirefeed.link.Bands;
import io.wirefeed.link.LinkRule;
import io.wirefeed.link.LinkSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One band task: remembers the stories whose bands this partition owns, and links each arriving
 * story to the remembered ones it shares a band with, when their estimated similarity reaches the
 * threshold.
 *
 * <p>Each pair is reported once in the whole application: by the task owning the lowest band the
 * two signatures share (every task can compute it from the two signatures), when the second of the
 * two arrives there. Which of them is newer is decided by record time, then hash, not by arrival.
 * Stories further apart in record time than the retention are not linked, and the purge removes
 * them from the store by reading the time index up to the cut-off only.
 */
final class LinkProcessor implements Processor<String, byte[], String, StoryLink> {

  private final String storeName;
  private final LinkSettings settings;
  private final LinkRule rule;
  private final int partitions;
  private final Duration retention;
  private final Duration purgeInterval;
  private ProcessorContext<String, StoryLink> context;
  private BandStore store;
  private int partition;

  LinkProcessor(
      String storeName,
      LinkSettings settings,
      int partitions,
      Duration retention,
      Duration purgeInterval) {
    this.storeName = storeName;
    this.settings = settings;
    this.rule = new LinkRule(settings);
    this.partitions = partitions;
    this.retention = retention;
    this.purgeInterval = purgeInterval;
  }

  @Override
  public void init(ProcessorContext<String, StoryLink> context) {
    this.context = context;
    KeyValueStore<Bytes, byte[]> kv = context.getStateStore(storeName);
    this.store = new BandStore(kv);
    this.partition = context.taskId().partition();
    context.schedule(purgeInterval, PunctuationType.STREAM_TIME, this::purgeExpired);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    LinkedStory story = LinkedStory.decode(record.value());
    if (story.signature().size() != settings.signatureSize()) {
      return; // signed before link.signature.size changed; the partitioner drops these too
    }
    byte[] hash = BandStore.hashBytes(record.key());
    long time = record.timestamp();
    long[] keys = Bands.keys(story.signature(), settings.bands(), settings.rows());
    int[] own = ownBands(keys);

    BandStore.Entry previous = store.get(hash);
    if (previous != null) { // published again after the retention: start afresh
      store.remove(previous, own, ownKeys(own, keys));
    }
    List<Match> matches = new ArrayList<>();
    for (Bytes other : candidates(own, keys, hash)) {
      BandStore.Entry entry = store.get(other.get());
      if (entry == null) { // left by a purge after a settings change: drop it where found
        store.removeBandKeys(other.get(), own, ownKeys(own, keys));
        continue;
      }
      if (Math.abs(time - entry.time()) >= retention.toMillis()
          || entry.signature().size() != settings.signatureSize()) {
        continue;
      }
      int band = rule.reportingBand(story.signature(), entry.signature());
      if (band >= 0 && BandPartitioner.partitionOf(keys[band], partitions) == partition) {
        matches.add(new Match(entry, band, isNewer(time, hash, entry.time(), entry.hash())));
      }
    }
    matches.sort(Comparator.comparingLong((Match m) -> m.entry().time()).thenComparing(Match::hex));
    // The arriving story joins the cluster of the earliest story it is linked to as the newer one.
    byte[] cluster =
        matches.stream()
            .filter(Match::arrivingIsNewer)
            .findFirst()
            .map(match -> match.entry().clusterHash())
            .orElse(hash);
    BandStore.Entry arriving = new BandStore.Entry(hash, time, cluster, story);
    for (Match match : matches) {
      BandStore.Entry newer = match.arrivingIsNewer() ? arriving : match.entry();
      BandStore.Entry earlier = match.arrivingIsNewer() ? match.entry() : arriving;
      context.forward(new Record<>(newer.hex(), link(newer, earlier, match.band(), time), time));
    }
    store.put(arriving, own, ownKeys(own, keys));
  }

  private record Match(BandStore.Entry entry, int band, boolean arrivingIsNewer) {
    String hex() {
      return entry.hex();
    }
  }

  private static boolean isNewer(long time, byte[] hash, long otherTime, byte[] otherHash) {
    return time != otherTime ? time > otherTime : Arrays.compareUnsigned(hash, otherHash) > 0;
  }

  private List<Bytes> candidates(int[] own, long[] keys, byte[] self) {
    var found = new java.util.LinkedHashSet<Bytes>();
    for (int band : own) {
      found.addAll(store.withBand(band, keys[band]));
    }
    found.remove(Bytes.wrap(self));
    return new ArrayList<>(found);
  }

  private StoryLink link(BandStore.Entry newer, BandStore.Entry earlier, int band, long time) {
    return StoryLink.newBuilder()
        .setContentHash(newer.hex())
        .setLinkedContentHash(earlier.hex())
        .setSimilarity(newer.signature().similarity(earlier.signature()))
        .setContainment(newer.signature().containment(earlier.signature()))
        .setClusterId(earlier.clusterId())
        .setOrigin(newer.story().origin())
        .setMessageIndex(newer.story().messageIndex())
        .setReceivedAt(Instant.ofEpochMilli(newer.time()))
        .setLinkedOrigin(earlier.story().origin())
        .setLinkedMessageIndex(earlier.story().messageIndex())
        .setLinkedReceivedAt(Instant.ofEpochMilli(earlier.time()))
        .setLinkedAt(Instant.ofEpochMilli(time))
        .setBand(band)
        .build();
  }

  /** The bands whose keys this partition owns. */
  private int[] ownBands(long[] keys) {
    return java.util.stream.IntStream.range(0, keys.length)
        .filter(band -> BandPartitioner.partitionOf(keys[band], partitions) == partition)
        .toArray();
  }

  private static long[] ownKeys(int[] own, long[] keys) {
    return Arrays.stream(own).mapToLong(band -> keys[band]).toArray();
  }

  private void purgeExpired(long streamTime) {
    for (KeyValue<Long, byte[]> recorded :
        store.recordedBefore(streamTime - retention.toMillis() + 1)) {
      BandStore.Entry entry = store.get(recorded.value);
      if (entry == null || entry.time() != recorded.key) {
        store.removeTimeKey(recorded.key, recorded.value);
        continue;
      }
      if (entry.signature().size() < settings.bands() * settings.rows()) {
        // From before a settings change: its band keys cannot be computed, and are dropped
        // when a later story finds them (see process).
        store.removeStory(entry);
        continue;
      }
      long[] keys = Bands.keys(entry.signature(), settings.bands(), settings.rows());
      int[] own = ownBands(keys);
      store.remove(entry, own, ownKeys(own, keys));
    }
  }
}
