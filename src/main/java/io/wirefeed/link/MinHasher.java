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

  private static final long EMPTY = Long.MAX_VALUE;
  private static final int DENSIFY_SEED = 0xD15E_0015;

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
    return Optional.of(of(Shingles.hashes(words, settings.shingleWords())));
  }

  /** The signature of a non-empty set of 32-bit shingle hashes (repeats change nothing). */
  Signature of(int[] shingleHashes) {
    int size = settings.signatureSize();
    long[] bins = new long[size];
    Arrays.fill(bins, EMPTY);
    for (int hash : shingleHashes) {
      // The high bits pick the bin (a multiply-shift onto [0, size)), and the whole hash competes
      // for its minimum: within a bin the high bits agree, so the order is that of the low bits.
      long value = hash & 0xFFFF_FFFFL;
      int bin = (int) ((value * size) >>> 32);
      if (value < bins[bin]) {
        bins[bin] = value;
      }
    }
    // b-bit minwise hashing (Li, König 2010): the minimum is taken over 32 bits, and only its low
    // 16 bits are kept. Two different minima then agree by chance once in 65,536 bins, which moves
    // the estimate by less than 0.0001, and the signature is half the bytes to send and store.
    int[] minima = new int[size];
    for (int bin = 0; bin < size; bin++) {
      long minimum = bins[bin] == EMPTY ? bins[donor(bins, bin)] : bins[bin];
      minima[bin] = (int) (minimum & Signature.MINIMUM_MASK);
    }
    return new Signature(minima, shingleHashes.length);
  }

  /**
   * The non-empty bin an empty one copies: the first non-empty bin in a sequence of bins drawn by
   * hashing (bin, attempt). Every story draws the same sequence for a bin, which is what makes two
   * similar stories copy from the same place.
   */
  private static int donor(long[] bins, int bin) {
    // With one shingle in 128 bins the expected draws are 128; the bound only guards the odd case.
    long maxAttempts = 16L * bins.length;
    for (long attempt = 1; attempt <= maxAttempts; attempt++) {
      long draw = MurmurHash3.hash32(bin, attempt, DENSIFY_SEED) & 0xFFFF_FFFFL;
      int candidate = (int) ((draw * bins.length) >>> 32);
      if (bins[candidate] != EMPTY) {
        return candidate;
      }
    }
    for (int step = 1; ; step++) { // some bin is non-empty: the caller had a shingle
      int candidate = (bin + step) % bins.length;
      if (bins[candidate] != EMPTY) {
        return candidate;
      }
    }
  }
}
