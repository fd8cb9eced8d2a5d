package io.wirefeed.dedup;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The dedup store's entries in the order they expire: one key per entry, its first-seen time as 8
 * big-endian bytes followed by the entry's 32-byte key, with an empty value. RocksDB keeps keys
 * sorted, so the expired entries are the first keys of the store and a purge reads only those,
 * however many entries the retention window holds.
 *
 * <p>Record timestamps are never negative, so the unsigned byte order of the keys is time order.
 */
public final class ExpiryIndex {

  private static final byte[] EMPTY = new byte[0];

  private final KeyValueStore<Bytes, byte[]> store;

  public ExpiryIndex(KeyValueStore<Bytes, byte[]> store) {
    this.store = store;
  }

  void add(Bytes entryKey, long seenAt) {
    store.put(indexKey(seenAt, entryKey), EMPTY);
  }

  void remove(Bytes entryKey, long seenAt) {
    store.delete(indexKey(seenAt, entryKey));
  }

  /**
   * Removes every index key first seen at or before {@code cutoff} and hands each one's entry key
   * to {@code expired}. Reads only the keys it removes, plus one.
   *
   * @return how many index keys it removed
   */
  int expireUpTo(long cutoff, Consumer<Bytes> expired) {
    if (cutoff < 0) {
      return 0;
    }
    // An 8-byte bound sorts after every 40-byte key with a smaller time and before every key
    // with this time, so the inclusive range holds exactly the keys seen at or before cutoff.
    Bytes upper = Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(cutoff + 1).array());
    int count = 0;
    try (KeyValueIterator<Bytes, byte[]> entries = store.range(null, upper)) {
      while (entries.hasNext()) {
        KeyValue<Bytes, byte[]> entry = entries.next();
        store.delete(entry.key);
        expired.accept(entryKey(entry.key));
        count++;
      }
    }
    return count;
  }

  static Bytes indexKey(long seenAt, Bytes entryKey) {
    byte[] hash = entryKey.get();
    return Bytes.wrap(
        ByteBuffer.allocate(Long.BYTES + hash.length).putLong(seenAt).put(hash).array());
  }

  static Bytes entryKey(Bytes indexKey) {
    byte[] key = indexKey.get();
    byte[] entry = new byte[key.length - Long.BYTES];
    System.arraycopy(key, Long.BYTES, entry, 0, entry.length);
    return Bytes.wrap(entry);
  }
}
