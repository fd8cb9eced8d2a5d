package io.wirefeed.dedup;

import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The content hashes of the retention window, kept in two stores: the entries by 32-byte hash, for
 * the lookup of every story, and an {@link ExpiryIndex} by first-seen time, so that a purge costs
 * what expires and not what is kept. Both are changelogged, so a restored instance has both.
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
    return index.expireUpTo(streamTime - retention.toMillis(), entries::delete);
  }

  /**
   * Indexes entries written before the index existed (state from an earlier version): once, when
   * the index is empty and the entries are not.
   */
  void indexUnindexedEntries() {
    if (!index.isEmpty()) {
      return;
    }
    try (KeyValueIterator<Bytes, FirstSeen> all = entries.all()) {
      while (all.hasNext()) {
        var entry = all.next();
        index.add(entry.key, entry.value.seenAt());
      }
    }
  }
}
