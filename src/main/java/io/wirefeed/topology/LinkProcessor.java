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
 * them by reading the store's time-ordered keys up to the cut-off only.
 *
 * <p>The store holds one entry per story (one changelog record), in memory; the band index that
 * finds the candidates is in memory too, derived from the store and rebuilt from it in {@link
 * #init}, so a story costs one write and a hash lookup per band instead of a write and a prefix
 * scan per band.
 */
final class LinkProcessor implements Processor<String, byte[], String, StoryLink> {

  private final String storeName;
  private final LinkSettings settings;
  private final LinkRule rule;
  private final int partitions;
  private final Duration retention;
  private final Duration purgeInterval;
  private ProcessorContext<String, StoryLink> context;
  private final BandIndex index;
  private BandStore store;
  private int partition;
  private boolean earlierLayoutLeft;

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
    this.index = new BandIndex(settings.bands());
  }

  @Override
  public void init(ProcessorContext<String, StoryLink> context) {
    this.context = context;
    KeyValueStore<Bytes, byte[]> kv = context.getStateStore(storeName);
    this.store = new BandStore(kv);
    this.partition = context.taskId().partition();
    // init runs whenever the task starts, after its store is restored (a migration, a rebalance,
    // an exactly-once abort that wiped it): the index is rebuilt from what the store holds now.
    index.clear();
    store.forEach(this::remember);
    earlierLayoutLeft = store.hasEarlierLayout();
    context.schedule(purgeInterval, PunctuationType.STREAM_TIME, this::purgeExpired);
  }

  @Override
  public void close() {
    index.clear();
  }

  @Override
  public void process(Record<String, byte[]> record) {
    LinkedStory story = LinkedStory.decode(record.value());
    if (story.signature().size() != settings.signatureSize()) {
      // Signed before link.signature.size changed; on several band partitions, the partitioner has
      // dropped these already.
      return;
    }
    byte[] hash = BandStore.hashBytes(record.key());
    long time = record.timestamp();
    long[] keys = Bands.keys(story.signature(), settings.bands(), settings.rows());
    long[] own = ownKeys(keys);

    long previous = index.recordedAt(hash);
    if (previous != BandIndex.NOT_REMEMBERED) { // published again after the retention: afresh
      forget(previous, hash);
    }
    List<Match> matches = new ArrayList<>();
    for (int other : index.withAnyOf(own)) {
      long otherTime = index.timeAt(other);
      if (Math.abs(time - otherTime) >= retention.toMillis()) {
        continue;
      }
      BandStore.Entry entry = store.get(otherTime, index.hashAt(other));
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
    store.put(arriving, record.value());
    index.add(hash, time, own);
  }

  /** Indexes a stored story under the bands this task owns; one of other settings is not. */
  private void remember(BandStore.Entry entry) {
    if (entry.signature().size() == settings.signatureSize()) {
      index.add(entry.hash(), entry.time(), ownKeys(bandKeys(entry)));
    }
  }

  /** Removes a story from the store and, if it is the one indexed, from the index. */
  private void forget(long time, byte[] hash) {
    store.delete(time, hash);
    if (index.recordedAt(hash) == time) {
      index.remove(hash);
    }
  }

  private long[] bandKeys(BandStore.Entry entry) {
    return Bands.keys(entry.signature(), settings.bands(), settings.rows());
  }

  private record Match(BandStore.Entry entry, int band, boolean arrivingIsNewer) {
    String hex() {
      return entry.hex();
    }
  }

  private static boolean isNewer(long time, byte[] hash, long otherTime, byte[] otherHash) {
    return time != otherTime ? time > otherTime : Arrays.compareUnsigned(hash, otherHash) > 0;
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

  /** The keys of the bands this partition owns. */
  private long[] ownKeys(long[] keys) {
    int owned = 0;
    long[] own = new long[keys.length];
    for (long key : keys) {
      if (BandPartitioner.partitionOf(key, partitions) == partition) {
        own[owned++] = key;
      }
    }
    return owned == keys.length ? own : Arrays.copyOf(own, owned);
  }

  private void purgeExpired(long streamTime) {
    if (earlierLayoutLeft) {
      store.deleteEarlierLayout();
      earlierLayoutLeft = false;
    }
    store
        .recordedBefore(streamTime - retention.toMillis() + 1)
        .forEach(entry -> forget(entry.time(), entry.hash()));
  }
}
