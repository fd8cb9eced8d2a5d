package io.wirefeed.link;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x86 32-bit, the same value as commons-codec's {@code MurmurHash3.hash32x86}, for the
 * short byte ranges that words are, with less branching on their length: a word's length varies
 * from one to the next, and each branch on it (how many 4-byte blocks, which tail) was mispredicted
 * about once per word. Here the blocks are read four bytes at a time, and the tail too, as one
 * 4-byte read masked to its length, so a tail of any length (none included: a zero tail changes
 * nothing) takes the same path. Those reads may go up to {@link #PADDING} bytes past the range, so
 * the array must have them.
 */
final class WordHash {

  /**
   * Bytes the array must have after the range hashed: the first two blocks are read whatever the
   * length (7 bytes past a one-byte word), the tail as one 4-byte read.
   */
  static final int PADDING = 8;

  private static final VarHandle LITTLE_ENDIAN_INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private WordHash() {}

  static int of(byte[] bytes, int from, int length, int seed) {
    // The first two blocks are always mixed and the state after as many as the word has is picked
    // by masks, not by a loop: most words have 0 to 2 blocks (up to 11 bytes), and the loop's exit
    // was mispredicted about once per word on varied text. Mixing blocks a short word does not have
    // (bytes of the words after it, or padding) costs less than that, and their states are never
    // picked. Three blocks so measured no better on the bench feed, and cost more on one story.
    int blocks = length >>> 2;
    int afterOne = mixInto(seed, bytes, from);
    int afterTwo = mixInto(afterOne, bytes, from + 4);
    int hash = seed;
    hash ^= (hash ^ afterOne) & ~((blocks - 1) >> 31);
    hash ^= (hash ^ afterTwo) & ~((blocks - 2) >> 31);
    int blocksEnd = from + (length & ~3);
    for (int at = from + 8; at < blocksEnd; at += 4) {
      hash = mixInto(hash, bytes, at);
    }
    int tailBits = (length & 3) << 3;
    int tail = (int) LITTLE_ENDIAN_INT.get(bytes, blocksEnd) & (int) ((1L << tailBits) - 1);
    hash ^= mixBlock(tail);
    hash ^= length;
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    return hash ^ (hash >>> 16);
  }

  /** The state after mixing the 4-byte block at {@code at} into {@code hash}. */
  private static int mixInto(int hash, byte[] bytes, int at) {
    hash ^= mixBlock((int) LITTLE_ENDIAN_INT.get(bytes, at));
    return Integer.rotateLeft(hash, 13) * 5 + 0xe6546b64;
  }

  private static int mixBlock(int block) {
    return Integer.rotateLeft(block * C1, 15) * C2;
  }
}
