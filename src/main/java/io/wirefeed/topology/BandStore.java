package io.wirefeed.topology;

import io.wirefeed.link.Signature;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The link stage's store, three kinds of keys in one store (one changelog):
 *
 * <ul>
 *   <li>{@code S hash} → the story: record time, cluster id, origin and signature (once per story);
 *   <li>{@code B band key hash} → nothing: which stories have this band value, found by prefix;
 *   <li>{@code T time hash} → nothing: a time-ordered index, so that expiry reads only what
 *       expires.
 * </ul>
 *
 * Hashes are the 32 bytes of the SHA-256, not hex.
 */
final class BandStore {

  private static final byte STORY = 'S';
  private static final byte BAND = 'B';
  private static final byte TIME = 'T';
  private static final int HASH_BYTES = 32;
  private static final byte[] NOTHING = new byte[0];
  private static final byte ENTRY_VERSION = 1;

  /** A remembered story. */
  record Entry(byte[] hash, long time, byte[] clusterHash, LinkedStory story) {

    String hex() {
      return HexFormat.of().formatHex(hash);
    }

    String clusterId() {
      return HexFormat.of().formatHex(clusterHash);
    }

    Signature signature() {
      return story.signature();
    }
  }

  private final KeyValueStore<Bytes, byte[]> store;

  BandStore(KeyValueStore<Bytes, byte[]> store) {
    this.store = store;
  }

  static byte[] hashBytes(String contentHash) {
    return HexFormat.of().parseHex(contentHash);
  }

  Entry get(byte[] hash) {
    byte[] value = store.get(storyKey(hash));
    if (value == null) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(value);
    if (buffer.get() != ENTRY_VERSION) {
      throw new IllegalStateException("link store entry is not version " + ENTRY_VERSION);
    }
    long time = buffer.getLong();
    byte[] cluster = new byte[HASH_BYTES];
    buffer.get(cluster);
    return new Entry(hash, time, cluster, LinkedStory.decode(buffer));
  }

  /** The stories with this band value, oldest insertion order not guaranteed. */
  Set<Bytes> withBand(int band, long bandKey) {
    Set<Bytes> hashes = new LinkedHashSet<>();
    Bytes prefix = Bytes.wrap(bandPrefix(band, bandKey));
    try (KeyValueIterator<Bytes, byte[]> entries =
        store.prefixScan(prefix, Serdes.Bytes().serializer())) {
      while (entries.hasNext()) {
        byte[] key = entries.next().key.get();
        byte[] hash = new byte[HASH_BYTES];
        System.arraycopy(key, key.length - HASH_BYTES, hash, 0, HASH_BYTES);
        hashes.add(Bytes.wrap(hash));
      }
    }
    return hashes;
  }

  /**
   * @param bands the band indexes this task owns, with their keys at the same positions
   */
  void put(Entry entry, int[] bands, long[] bandKeys) {
    byte[] story = entry.story().encode();
    ByteBuffer value = ByteBuffer.allocate(1 + Long.BYTES + HASH_BYTES + story.length);
    value.put(ENTRY_VERSION).putLong(entry.time()).put(entry.clusterHash()).put(story);
    store.put(storyKey(entry.hash()), value.array());
    for (int i = 0; i < bands.length; i++) {
      store.put(bandKey(bands[i], bandKeys[i], entry.hash()), NOTHING);
    }
    store.put(timeKey(entry.time(), entry.hash()), NOTHING);
  }

  void remove(Entry entry, int[] bands, long[] bandKeys) {
    store.delete(storyKey(entry.hash()));
    for (int i = 0; i < bands.length; i++) {
      store.delete(bandKey(bands[i], bandKeys[i], entry.hash()));
    }
    store.delete(timeKey(entry.time(), entry.hash()));
  }

  /** The hashes of stories recorded before {@code time}, in time order, from the time index. */
  List<KeyValue<Long, byte[]>> recordedBefore(long time) {
    List<KeyValue<Long, byte[]>> expired = new ArrayList<>();
    if (time <= 0) {
      return expired;
    }
    Bytes from = timeKey(0, new byte[HASH_BYTES]);
    Bytes to = timeKey(time - 1, filled((byte) 0xFF));
    try (KeyValueIterator<Bytes, byte[]> entries = store.range(from, to)) {
      while (entries.hasNext()) {
        ByteBuffer key = ByteBuffer.wrap(entries.next().key.get());
        key.get();
        long recorded = key.getLong();
        byte[] hash = new byte[HASH_BYTES];
        key.get(hash);
        expired.add(KeyValue.pair(recorded, hash));
      }
    }
    return expired;
  }

  /** Band keys of a story that is no longer in the store. */
  void removeBandKeys(byte[] hash, int[] bands, long[] bandKeys) {
    for (int i = 0; i < bands.length; i++) {
      store.delete(bandKey(bands[i], bandKeys[i], hash));
    }
  }

  /** Removes a story and its time index entry, not its band keys. */
  void removeStory(Entry entry) {
    store.delete(storyKey(entry.hash()));
    store.delete(timeKey(entry.time(), entry.hash()));
  }

  /** Drops an index entry that no longer matches its story (re-recorded since). */
  void removeTimeKey(long time, byte[] hash) {
    store.delete(timeKey(time, hash));
  }

  private static Bytes storyKey(byte[] hash) {
    return Bytes.wrap(ByteBuffer.allocate(1 + HASH_BYTES).put(STORY).put(hash).array());
  }

  private static byte[] bandPrefix(int band, long bandKey) {
    return ByteBuffer.allocate(2 + Long.BYTES).put(BAND).put((byte) band).putLong(bandKey).array();
  }

  private static Bytes bandKey(int band, long bandKey, byte[] hash) {
    return Bytes.wrap(
        ByteBuffer.allocate(2 + Long.BYTES + HASH_BYTES)
            .put(BAND)
            .put((byte) band)
            .putLong(bandKey)
            .put(hash)
            .array());
  }

  private static Bytes timeKey(long time, byte[] hash) {
    // Big-endian, and record times are not negative, so byte order is time order.
    return Bytes.wrap(
        ByteBuffer.allocate(1 + Long.BYTES + HASH_BYTES).put(TIME).putLong(time).put(hash).array());
  }

  private static byte[] filled(byte b) {
    byte[] bytes = new byte[HASH_BYTES];
    java.util.Arrays.fill(bytes, b);
    return bytes;
  }
}
