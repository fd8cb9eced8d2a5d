package io.wirefeed.topology;

import io.wirefeed.link.Signature;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The link stage's store: one entry per remembered story, {@code E time hash} → cluster id, origin
 * and signature, one changelog record per story. The key starts with the record time (big-endian;
 * record times are not negative, so byte order is time order), so expiry is a range read of what
 * expired. The band index that finds candidates is kept in memory ({@link BandIndex}) and rebuilt
 * from these entries when the task starts; the store is the truth. The store itself is an in-memory
 * map restored from its changelog at every start (see {@link LinkStage#addStore}).
 *
 * <p>Hashes are the 32 bytes of the SHA-256, not hex. Keys of the earlier layout (one key per band,
 * a story key and a time index key, prefixed {@code B}, {@code S} and {@code T}) are found at start
 * and deleted by the first purge.
 */
final class BandStore {

  private static final byte ENTRY = 'E';
  private static final byte[] EARLIER_LAYOUT = {'B', 'S', 'T'};
  private static final int HASH_BYTES = 32;
  private static final int KEY_BYTES = 1 + Long.BYTES + HASH_BYTES;
  private static final byte ENTRY_VERSION = 2;
  private static final byte OWN_CLUSTER = 0;
  private static final byte OTHER_CLUSTER = 1;

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

  /** The story recorded at this time, or null. */
  Entry get(long time, byte[] hash) {
    byte[] value = store.get(key(time, hash));
    return value == null ? null : decode(time, hash, value);
  }

  /**
   * @param story the entry's story as {@link LinkedStory#encode} gives it: the band record's value
   *     as it came, not encoded again
   */
  void put(Entry entry, byte[] story) {
    boolean ownCluster = Arrays.equals(entry.clusterHash(), entry.hash());
    ByteBuffer value =
        ByteBuffer.allocate(2 + (ownCluster ? 0 : HASH_BYTES) + story.length)
            .put(ENTRY_VERSION)
            .put(ownCluster ? OWN_CLUSTER : OTHER_CLUSTER);
    if (!ownCluster) {
      value.put(entry.clusterHash());
    }
    store.put(key(entry.time(), entry.hash()), value.put(story).array());
  }

  void delete(long time, byte[] hash) {
    store.delete(key(time, hash));
  }

  /** Every entry, in time order: to rebuild the band index when the task starts. */
  void forEach(Consumer<Entry> action) {
    try (KeyValueIterator<Bytes, byte[]> entries =
        store.range(key(0, filled((byte) 0)), key(Long.MAX_VALUE, filled((byte) 0xFF)))) {
      while (entries.hasNext()) {
        action.accept(decode(entries.next()));
      }
    }
  }

  /** The stories recorded before {@code time}, in time order: a range read of what expired. */
  List<Entry> recordedBefore(long time) {
    List<Entry> expired = new ArrayList<>();
    if (time <= 0) {
      return expired;
    }
    try (KeyValueIterator<Bytes, byte[]> entries =
        store.range(key(0, filled((byte) 0)), key(time - 1, filled((byte) 0xFF)))) {
      while (entries.hasNext()) {
        expired.add(decode(entries.next()));
      }
    }
    return expired;
  }

  /** Whether keys of the earlier layout are left (from a version before this one). */
  boolean hasEarlierLayout() {
    for (byte prefix : EARLIER_LAYOUT) {
      try (KeyValueIterator<Bytes, byte[]> keys = store.range(from(prefix), to(prefix))) {
        if (keys.hasNext()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Deletes the keys of the earlier layout; their stories are simply forgotten. */
  void deleteEarlierLayout() {
    for (byte prefix : EARLIER_LAYOUT) {
      List<Bytes> keys = new ArrayList<>();
      try (KeyValueIterator<Bytes, byte[]> entries = store.range(from(prefix), to(prefix))) {
        entries.forEachRemaining(entry -> keys.add(entry.key));
      }
      keys.forEach(store::delete);
    }
  }

  private static Entry decode(KeyValue<Bytes, byte[]> entry) {
    ByteBuffer key = ByteBuffer.wrap(entry.key.get());
    key.get();
    long time = key.getLong();
    byte[] hash = new byte[HASH_BYTES];
    key.get(hash);
    return decode(time, hash, entry.value);
  }

  private static Entry decode(long time, byte[] hash, byte[] value) {
    ByteBuffer buffer = ByteBuffer.wrap(value);
    if (buffer.get() != ENTRY_VERSION) {
      throw new IllegalStateException("link store entry is not version " + ENTRY_VERSION);
    }
    byte[] cluster = hash;
    if (buffer.get() == OTHER_CLUSTER) {
      cluster = new byte[HASH_BYTES];
      buffer.get(cluster);
    }
    return new Entry(hash, time, cluster, LinkedStory.decode(buffer));
  }

  private static Bytes key(long time, byte[] hash) {
    return Bytes.wrap(ByteBuffer.allocate(KEY_BYTES).put(ENTRY).putLong(time).put(hash).array());
  }

  private static Bytes from(byte prefix) {
    return Bytes.wrap(new byte[] {prefix});
  }

  /** Past every key that starts with the prefix (keys are at most 2 + 8 + 32 bytes). */
  private static Bytes to(byte prefix) {
    byte[] bytes = new byte[64];
    Arrays.fill(bytes, (byte) 0xFF);
    bytes[0] = prefix;
    return Bytes.wrap(bytes);
  }

  private static byte[] filled(byte b) {
    byte[] bytes = new byte[HASH_BYTES];
    Arrays.fill(bytes, b);
    return bytes;
  }
}
