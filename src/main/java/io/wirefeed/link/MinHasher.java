package io.wirefeed.link;

import io.wirefeed.story.ParsedStory;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * MinHash signatures by one-permutation hashing with optimal densification (Li, Owen, Zhang 2012;
 * Shrivastava 2017): one hash per shingle, the hash range cut into as many bins as the signature
 * has minima, the minimum kept per bin, and each empty bin filled from a non-empty bin chosen by a
 * fixed hash of its index. That costs O(shingles + size) instead of O(shingles x size) for k
 * independent hash functions, with the same collision probability (the Jaccard similarity) per bin.
 * Thread-safe.
 */
public final class MinHasher {

  private static final int DENSIFY_SEED = 0xD15E_0015;

  /**
   * Each thread's array for the word hashes of stories up to 32,768 words, reused like the word
   * scanner's buffers (see there); longer stories get their own.
   */
  private static final ThreadLocal<int[]> WORD_HASHES =
      ThreadLocal.withInitial(() -> new int[1 << 15]);

  private final LinkSettings settings;

  public MinHasher(LinkSettings settings) {
    this.settings = settings;
  }

  public LinkSettings settings() {
    return settings;
  }

  /** The story's signature; empty when its linkable text is too short to link. */
  public Optional<Signature> signature(ParsedStory story) {
    return signature(Shingles.words(story));
  }

  /** The text's signature; empty when it has fewer than the minimum words to link. */
  public Optional<Signature> signature(String text) {
    return signature(Shingles.words(text));
  }

  private Optional<Signature> signature(Shingles.Words words) {
    if (words.count() < settings.minWords()) {
      return Optional.empty();
    }
    return Optional.of(of(words));
  }

  /**
   * The signature of the words' shingles, of which there is at least one. Each shingle's hash goes
   * to its bin as it is made, without an array of them.
   */
  private Signature of(Shingles.Words words) {
    int shingleWords = settings.shingleWords();
    int[] wordHashes = WORD_HASHES.get();
    if (wordHashes.length < words.count()) {
      wordHashes = new int[words.count()];
    }
    Shingles.wordHashes(words, wordHashes);
    int shingles = words.count() - shingleWords + 1;
    int size = settings.signatureSize();
    // Each bin keeps its minimum as hash ^ MIN_VALUE, whose signed order is the hashes' unsigned
    // order, so that Math.min (a conditional move) keeps it: whether a shingle is its bin's new
    // minimum is near a coin toss for the first few of each bin, and as a branch it was
    // mispredicted that often.
    int[] bins = new int[size];
    Arrays.fill(bins, Integer.MAX_VALUE);
    boolean[] filled = new boolean[size];
    for (int shingle = 0; shingle < shingles; shingle++) {
      int hash = Shingles.shingleHash(wordHashes, shingle, shingleWords);
      // The high bits pick the bin (a multiply-shift onto [0, size)), and the whole hash competes
      // for its minimum: within a bin the high bits agree, so the order is that of the low bits.
      int bin = (int) (((hash & 0xFFFF_FFFFL) * size) >>> 32);
      bins[bin] = Math.min(bins[bin], hash ^ Integer.MIN_VALUE);
      filled[bin] = true;
    }
    // b-bit minwise hashing (Li, König 2010): the minimum is taken over 32 bits, and only its low
    // 16 bits are kept. Two different minima then agree by chance once in 65,536 bins, which moves
    // the estimate by less than 0.0001, and the signature is half the bytes to send and store.
    int[] minima = new int[size];
    for (int bin = 0; bin < size; bin++) {
      int minimum = filled[bin] ? bins[bin] : bins[donor(filled, bin)];
      minima[bin] = minimum & Signature.MINIMUM_MASK; // the flipped bit is above the kept ones
    }
    return new Signature(minima, shingles);
  }

  /**
   * The non-empty bin an empty one copies: the first non-empty bin in a sequence of bins drawn by
   * hashing (bin, attempt). Every story draws the same sequence for a bin, which is what makes two
   * similar stories copy from the same place.
   */
  private static int donor(boolean[] filled, int bin) {
    // With one shingle in 128 bins the expected draws are 128; the bound only guards the odd case.
    long maxAttempts = 16L * filled.length;
    for (long attempt = 1; attempt <= maxAttempts; attempt++) {
      long draw = MurmurHash3.hash32(bin, attempt, DENSIFY_SEED) & 0xFFFF_FFFFL;
      int candidate = (int) ((draw * filled.length) >>> 32);
      if (filled[candidate]) {
        return candidate;
      }
    }
    for (int step = 1; ; step++) { // some bin is non-empty: the caller had a shingle
      int candidate = (bin + step) % filled.length;
      if (filled[candidate]) {
        return candidate;
      }
    }
  }
}
