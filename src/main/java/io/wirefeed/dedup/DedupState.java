package io.wirefeed.dedup;

import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The content hashes of the retention window, kept in two stores: the entries by 32-byte hash, for
 * the lookup of every story, and an {@link ExpiryIndex} by first-seen time, so that a purge costs
 * what expires and not what is kept.
 *
 * <p>Only the entries are changelogged. The index is derived from them (each entry knows its
 * first-seen time), so it is a local store without a changelog, rebuilt from the entries whenever
 * the task starts: after a restore, a migration, an exactly-once abort that wiped the state, or a
 * crash that lost the index's unflushed writes. A key the index keeps for an entry that is gone or
 * was replaced since (state rolled back under it) never removes a live entry: the purge deletes an
 * entry only when the entry itself is past the cut-off.
 */
public final class DedupState {

  private final KeyValueStore<Bytes, FirstSeen> entries;
  private final ExpiryIndex index;
  private final Duration retention;

  public DedupState(
      KeyValueStore<Bytes, FirstSeen> entries,
      KeyValueStore<Bytes, byte[]> index,
      Duration retention) {
    this.entries = entries;
    this.index = new ExpiryIndex(index);
    this.retention = retention;
  }

  /**
   * The entry for this hash, or null. It may be past the retention window: the purge runs at
   * intervals, and a copy is judged by its own record time, never by when the purge ran.
   */
  FirstSeen get(Bytes hash) {
    return entries.get(hash);
  }

  boolean isWithinWindow(FirstSeen first, long now) {
    return !first.expiredAt(now, retention);
  }

  /**
   * Remembers a published copy.
   *
   * @param replaced the expired entry this one replaces, or null
   */
  void remember(Bytes hash, FirstSeen first, FirstSeen replaced) {
    if (replaced != null) {
      index.remove(hash, replaced.seenAt());
    }
    entries.put(hash, first);
    index.add(hash, first.seenAt());
  }

  /**
   * Removes the entries past the retention window at {@code streamTime}, reading only those.
   *
   * @return how many were removed
   */
  public int purgeExpired(long streamTime) {
    long cutoff = streamTime - retention.toMillis();
    int[] removed = {0};
    index.expireUpTo(
        cutoff,
        hash -> {
          FirstSeen entry = entries.get(hash);
          if (entry != null && entry.seenAt() <= cutoff) {
            entries.delete(hash);
            removed[0]++;
          }
        });
    return removed[0];
  }

  /**
   * Indexes every entry, so that each one has its index key whatever happened to the index (it has
   * no changelog: see the class comment). Reads the whole store, once per task start; a key the
   * index has already is written again unchanged.
   */
  void reindex() {
    try (KeyValueIterator<Bytes, FirstSeen> all = entries.all()) {
      while (all.hasNext()) {
        var entry = all.next();
        index.add(entry.key, entry.value.seenAt());
      }
    }
  }
}
