package io.wirefeed.topology;

import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Signature;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.StampedLock;

/**
 * The signatures of the stories parsed last, by content hash, so that a re-send (which dedup then
 * drops, or publishes afresh after the retention) is not signed again: signing is most of what
 * linking costs the parse step, and re-sends are a large share of a wire feed.
 *
 * <p>A signature is a function of the story's paragraphs, canonicalized; the content hash is that
 * of the canonical headline and blocks joined, so two copies with one hash have the same canonical
 * words unless their blocks are cut or kinded differently. An entry is therefore used only for a
 * story with the same hash and the same blocks' kinds and lengths (compared by a 64-bit hash of
 * them: a coincidence needs the same content hash as well); anything else is signed afresh.
 *
 * <p>Bounded and set-associative: a story's hash picks a set of four slots, and a newer story
 * replaces the oldest in its set. In the same 16,384 slots that finds 58% of the bench feed's
 * re-sends against 50% direct-mapped (one slot per hash, where two recent stories could push each
 * other out); the rest are older than the slots can hold, since the bench re-sends any of a pool of
 * 10,000 stories replaced at random (docs/linking.md, seventh round). The slots live in a few
 * primitive arrays allocated once, not in an object per story: each entry lived for some 16,000
 * parsed messages, long enough to be copied from one young generation to the next several times,
 * and in a pipeline's JVM of its own that copying cost more collector time per message than the
 * re-sends it saved signing (docs/linking.md, "Cost"). Shared by the instance's stream threads: a
 * set is read optimistically and written under a try-lock of its stripe, so a race only signs a
 * story again.
 */
final class RecentSignatures {

  /**
   * 16,384 slots, about 4.7 MB per instance with 128 minima: a re-send within some ten thousand
   * stories, hours of a busy agency's feed. Twice as many found 80% of the bench feed's re-sends,
   * four times 94%; a real feed re-sends sooner than that feed's long tail.
   */
  static final int DEFAULT_SLOTS = 1 << 14;

  /** Slots per set, where fewer slots than that are one set. */
  private static final int WAYS = 4;

  private static final int KEY_LONGS = 4;
  private static final int HASH_HEX_DIGITS = KEY_LONGS * 16;
  private static final int SLOTS_PER_LOCK = 64;

  /** A slot's shingle count when its story was too short to sign. */
  private static final int UNSIGNED = 0;

  /** A slot's shingle count before any story was put in it. */
  private static final int EMPTY = -1;

  private final MinHasher hasher;
  private final int setMask;
  private final int ways;
  private final int size;
  private final long[] keys;
  private final long[] blockHashes;
  private final int[] shingles;
  private final char[] minima;

  /** Per set, the way its next story replaces: the oldest. */
  private final byte[] nextWay;

  private final StampedLock[] locks;

  /**
   * @param slots a power of two
   */
  RecentSignatures(MinHasher hasher, int slots) {
    if (slots <= 0 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two, was " + slots);
    }
    this.hasher = hasher;
    this.ways = Math.min(WAYS, slots);
    int sets = slots / ways;
    this.setMask = sets - 1;
    this.nextWay = new byte[sets];
    this.size = hasher.settings().signatureSize();
    this.keys = new long[slots * KEY_LONGS];
    this.blockHashes = new long[slots];
    this.shingles = new int[slots];
    Arrays.fill(shingles, EMPTY);
    this.minima = new char[slots * size];
    this.locks = new StampedLock[(slots + SLOTS_PER_LOCK - 1) / SLOTS_PER_LOCK];
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new StampedLock();
    }
  }

  /** The story's signature, as {@link MinHasher#signature(ParsedStory)} gives it. */
  Optional<Signature> signature(String contentHash, ParsedStory story) {
    if (contentHash.length() != HASH_HEX_DIGITS) {
      return hasher.signature(story);
    }
    long[] key = new long[KEY_LONGS];
    for (int i = 0; i < KEY_LONGS; i++) {
      key[i] = HexFormat.fromHexDigitsToLong(contentHash, i * 16, (i + 1) * 16);
    }
    long blocks = blockHash(story.body());
    int set = (int) key[0] & setMask;
    Optional<Signature> remembered = read(set, key, blocks);
    if (remembered != null) {
      return remembered;
    }
    Optional<Signature> signature = hasher.signature(story);
    write(set, key, blocks, signature);
    return signature;
  }

  /**
   * The signature (empty for a story too short to sign) if the set holds this story; null if it
   * does not, or if a write in its stripe overlapped the read.
   */
  private Optional<Signature> read(int set, long[] key, long blocks) {
    int slot = set * ways;
    StampedLock lock = locks[slot / SLOTS_PER_LOCK];
    long stamp = lock.tryOptimisticRead();
    if (stamp == 0) {
      return null;
    }
    int end = slot + ways;
    while (slot < end && !holds(slot, key, blocks)) {
      slot++;
    }
    if (slot == end) {
      return null;
    }
    int count = shingles[slot];
    int[] values = new int[size];
    for (int i = 0; i < size; i++) {
      values[i] = minima[slot * size + i];
    }
    if (!lock.validate(stamp)) {
      return null;
    }
    return count == UNSIGNED ? Optional.empty() : Optional.of(new Signature(values, count));
  }

  private boolean holds(int slot, long[] key, long blocks) {
    if (shingles[slot] == EMPTY || blockHashes[slot] != blocks) {
      return false;
    }
    for (int i = 0; i < KEY_LONGS; i++) {
      if (keys[slot * KEY_LONGS + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Remembers the signature in place of the set's oldest, unless another thread is writing in the
   * same stripe.
   */
  private void write(int set, long[] key, long blocks, Optional<Signature> signature) {
    StampedLock lock = locks[set * ways / SLOTS_PER_LOCK];
    long stamp = lock.tryWriteLock();
    if (stamp == 0) {
      return;
    }
    try {
      int way = nextWay[set];
      nextWay[set] = (byte) ((way + 1) % ways);
      int slot = set * ways + way;
      System.arraycopy(key, 0, keys, slot * KEY_LONGS, KEY_LONGS);
      blockHashes[slot] = blocks;
      shingles[slot] = signature.map(Signature::shingles).orElse(UNSIGNED);
      if (signature.isPresent()) {
        for (int i = 0; i < size; i++) {
          minima[slot * size + i] = (char) signature.get().minimum(i);
        }
      }
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** A hash of each block's kind and length, in order. */
  private static long blockHash(List<ParsedBlock> body) {
    long hash = body.size();
    for (ParsedBlock block : body) {
      hash = mix(hash, ((long) block.kind().ordinal() << 32) | block.text().length());
    }
    return hash;
  }

  /** One step of a 64-bit multiply-xorshift mix (the finalizer of SplitMix64). */
  private static long mix(long hash, long value) {
    long z = hash * 0x9E37_79B9_7F4A_7C15L + value;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
