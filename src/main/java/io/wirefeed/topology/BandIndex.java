package io.wirefeed.topology;

import com.carrotsearch.hppc.LongIntHashMap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A band task's index in memory: which remembered stories have a band value, and when each was
 * recorded (which locates its entry in the {@link BandStore}). Derived from the store, never
 * changelogged: the link processor rebuilds it from the store's entries whenever its task starts,
 * after a restore, a migration or an exactly-once abort included.
 *
 * <p>Laid out in primitive arrays so that it costs the garbage collector next to nothing however
 * many stories it holds: each story has a slot (its hash, record time and band keys in arrays,
 * slots reused after a removal), and two primitive hash maps lead from a band key, and from the
 * first 8 bytes of a story's hash, to the first slot of a chain linked through int arrays. With the
 * default 10 bands on one band partition that is about 350 bytes of heap per story, up to about 650
 * with the slack of grown arrays and tables (the maps' tables double), against some 800 before in
 * about 25 objects per story (boxed keys, map nodes, lists), here in a dozen arrays however many
 * stories there are. Band keys of different bands come from differently seeded hashes, so one map
 * serves all bands; a coincidence between two bands' keys would only add a candidate, which the
 * signatures then reject.
 */
final class BandIndex {

  /** What {@link #recordedAt} answers for a story that is not remembered. */
  static final long NOT_REMEMBERED = Long.MIN_VALUE;

  private static final int NONE = -1;
  private static final int HASH_BYTES = 32;
  private static final int FIRST_CAPACITY = 256;
  private static final VarHandle LONG_AT =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final int keysPerStory;

  /** Band key → its first posting (slot x keysPerStory + the key's position in the slot). */
  private final LongIntHashMap firstPosting = new LongIntHashMap();

  /** The first 8 bytes of a hash → the first slot whose hash starts with them. */
  private final LongIntHashMap firstSlot = new LongIntHashMap();

  private byte[] hashes = new byte[0];
  private long[] times = new long[0];
  private int[] nextSlot = new int[0];
  private int[] keyCounts = new int[0];
  private int[] seenAt = new int[0];
  private long[] postingKeys = new long[0];
  private int[] nextPosting = new int[0];
  private int[] freeSlots = new int[0];
  private int free;
  private int slotsEverUsed;
  private int size;
  private int query;

  /**
   * @param keysPerStory the most band keys a story is indexed under (the number of bands)
   */
  BandIndex(int keysPerStory) {
    if (keysPerStory < 1) {
      throw new IllegalArgumentException("a story has at least one band key");
    }
    this.keysPerStory = keysPerStory;
  }

  /** When the story was recorded, or {@link #NOT_REMEMBERED}. */
  long recordedAt(byte[] hash) {
    int slot = slotOf(hash);
    return slot == NONE ? NOT_REMEMBERED : times[slot];
  }

  int size() {
    return size;
  }

  /** Remembers a story under these band keys; one remembered already is re-indexed under them. */
  void add(byte[] hash, long time, long[] bandKeys) {
    if (hash.length != HASH_BYTES || bandKeys.length > keysPerStory) {
      throw new IllegalArgumentException(
          "a 32-byte hash and at most " + keysPerStory + " band keys");
    }
    int slot = slotOf(hash);
    if (slot == NONE) {
      slot = newSlot();
      System.arraycopy(hash, 0, hashes, slot * HASH_BYTES, HASH_BYTES);
      long prefix = prefix(hash);
      nextSlot[slot] = firstSlot.getOrDefault(prefix, NONE);
      firstSlot.put(prefix, slot);
      size++;
    } else {
      removePostings(slot);
    }
    times[slot] = time;
    keyCounts[slot] = bandKeys.length;
    for (int i = 0; i < bandKeys.length; i++) {
      int posting = slot * keysPerStory + i;
      postingKeys[posting] = bandKeys[i];
      nextPosting[posting] = firstPosting.getOrDefault(bandKeys[i], NONE);
      firstPosting.put(bandKeys[i], posting);
    }
  }

  /** Forgets a story and its band keys; nothing if it is not remembered. */
  void remove(byte[] hash) {
    int slot = slotOf(hash);
    if (slot == NONE) {
      return;
    }
    removePostings(slot);
    long prefix = prefix(hash);
    int previous = NONE;
    for (int at = firstSlot.get(prefix); at != slot; at = nextSlot[at]) {
      previous = at;
    }
    unlink(firstSlot, prefix, nextSlot, previous, slot);
    freeSlots[free++] = slot;
    size--;
  }

  /**
   * The slots of the stories that have one of these band keys, each once, in no particular order;
   * read them with {@link #hashAt} and {@link #timeAt} before the index changes.
   */
  int[] withAnyOf(long[] bandKeys) {
    if (++query == Integer.MAX_VALUE) {
      Arrays.fill(seenAt, 0);
      query = 1;
    }
    int[] found = new int[bandKeys.length];
    int count = 0;
    for (long key : bandKeys) {
      for (int posting = firstPosting.getOrDefault(key, NONE);
          posting != NONE;
          posting = nextPosting[posting]) {
        int slot = posting / keysPerStory;
        if (seenAt[slot] != query) {
          seenAt[slot] = query;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = slot;
        }
      }
    }
    return count == found.length ? found : Arrays.copyOf(found, count);
  }

  byte[] hashAt(int slot) {
    return Arrays.copyOfRange(hashes, slot * HASH_BYTES, (slot + 1) * HASH_BYTES);
  }

  long timeAt(int slot) {
    return times[slot];
  }

  /** The heap the index holds now, in bytes (its arrays and maps; not the object headers). */
  long bytesAllocated() {
    return firstPosting.ramBytesAllocated()
        + firstSlot.ramBytesAllocated()
        + hashes.length
        + (long) Long.BYTES * (times.length + postingKeys.length)
        + (long) Integer.BYTES
            * (nextSlot.length
                + keyCounts.length
                + seenAt.length
                + nextPosting.length
                + freeSlots.length);
  }

  void clear() {
    firstPosting.clear();
    firstSlot.clear();
    free = 0;
    slotsEverUsed = 0;
    size = 0;
  }

  private int slotOf(byte[] hash) {
    for (int slot = firstSlot.getOrDefault(prefix(hash), NONE);
        slot != NONE;
        slot = nextSlot[slot]) {
      if (Arrays.equals(hashes, slot * HASH_BYTES, (slot + 1) * HASH_BYTES, hash, 0, HASH_BYTES)) {
        return slot;
      }
    }
    return NONE;
  }

  private void removePostings(int slot) {
    for (int i = 0; i < keyCounts[slot]; i++) {
      int posting = slot * keysPerStory + i;
      long key = postingKeys[posting];
      int previous = NONE;
      for (int at = firstPosting.get(key); at != posting; at = nextPosting[at]) {
        previous = at;
      }
      unlink(firstPosting, key, nextPosting, previous, posting);
    }
    keyCounts[slot] = 0;
  }

  /** Takes {@code item} out of the chain of {@code key}, where {@code previous} precedes it. */
  private static void unlink(LongIntHashMap first, long key, int[] next, int previous, int item) {
    if (previous != NONE) {
      next[previous] = next[item];
    } else if (next[item] == NONE) {
      first.remove(key);
    } else {
      first.put(key, next[item]);
    }
  }

  private int newSlot() {
    if (free > 0) {
      return freeSlots[--free];
    }
    if (slotsEverUsed == times.length) {
      grow(Math.max(FIRST_CAPACITY, times.length + times.length / 2));
    }
    return slotsEverUsed++;
  }

  private void grow(int slots) {
    hashes = Arrays.copyOf(hashes, slots * HASH_BYTES);
    times = Arrays.copyOf(times, slots);
    nextSlot = Arrays.copyOf(nextSlot, slots);
    keyCounts = Arrays.copyOf(keyCounts, slots);
    seenAt = Arrays.copyOf(seenAt, slots);
    freeSlots = Arrays.copyOf(freeSlots, slots);
    postingKeys = Arrays.copyOf(postingKeys, slots * keysPerStory);
    nextPosting = Arrays.copyOf(nextPosting, slots * keysPerStory);
  }

  private static long prefix(byte[] hash) {
    return (long) LONG_AT.get(hash, 0);
  }
}
