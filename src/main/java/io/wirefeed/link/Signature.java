package io.wirefeed.link;

import java.util.Arrays;

/**
 * A story's MinHash signature: one minimum per bin of the shingle hash range, its low 16 bits, and
 * how many shingles the text had (for the containment estimate). Immutable: the array is never
 * handed out.
 */
public final class Signature {

  /** The bits of a bin's minimum that a signature keeps. */
  public static final int MINIMUM_MASK = 0xFFFF;

  private final int[] minima;
  private final int shingles;

  /**
   * @param minima one value per bin, each in [0, 65535]; copied
   * @param shingles the number of shingles the text had
   */
  public Signature(int[] minima, int shingles) {
    if (minima.length == 0 || shingles < 1) {
      throw new IllegalArgumentException("a signature needs minima and at least one shingle");
    }
    for (int minimum : minima) {
      if ((minimum & ~MINIMUM_MASK) != 0) {
        throw new IllegalArgumentException("a minimum is 16 bits, was " + minimum);
      }
    }
    this.minima = minima.clone();
    this.shingles = shingles;
  }

  public int size() {
    return minima.length;
  }

  public int minimum(int index) {
    return minima[index];
  }

  public int shingles() {
    return shingles;
  }

  /** The share of bins with equal minima: an unbiased estimate of the Jaccard similarity. */
  public double similarity(Signature other) {
    requireSameSize(other);
    int equal = 0;
    for (int i = 0; i < minima.length; i++) {
      if (minima[i] == other.minima[i]) {
        equal++;
      }
    }
    return (double) equal / minima.length;
  }

  /**
   * The estimated share of the shorter text's shingles that the longer one also has, from the
   * similarity and the two shingle counts: |A∩B| = J (|A| + |B|) / (1 + J).
   */
  public double containment(Signature other) {
    double j = similarity(other);
    double common = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1.0, common / Math.min(shingles, other.shingles));
  }

  /** Whether all {@code rows} minima of band {@code band} agree. */
  public boolean sharesBand(Signature other, int band, int rows) {
    requireSameSize(other);
    int from = band * rows;
    return Arrays.equals(minima, from, from + rows, other.minima, from, from + rows);
  }

  /** The lowest band the two signatures share, or -1: the one band task that reports the pair. */
  public int lowestSharedBand(Signature other, int bands, int rows) {
    for (int band = 0; band < bands; band++) {
      if (sharesBand(other, band, rows)) {
        return band;
      }
    }
    return -1;
  }

  private void requireSameSize(Signature other) {
    if (other.minima.length != minima.length) {
      throw new IllegalArgumentException(
          "signatures of " + minima.length + " and " + other.minima.length + " minima");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other
        && shingles == other.shingles
        && Arrays.equals(minima, other.minima);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minima) + shingles;
  }

  @Override
  public String toString() {
    return "Signature[" + minima.length + " minima, " + shingles + " shingles]";
  }
}
