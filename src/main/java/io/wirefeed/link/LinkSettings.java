package io.wirefeed.link;

/**
 * How near-duplicates are found: the shingles, the signature, the bands and the bar a pair must
 * clear. The defaults were chosen on the evaluation set (see docs/linking.md).
 *
 * @param shingleWords words per shingle
 * @param signatureSize minima kept per story; the similarity estimate's standard error is about
 *     sqrt(J(1-J)/size)
 * @param bands LSH bands; a pair becomes a candidate when all rows of one band agree
 * @param rows minima per band; bands x rows must not exceed the signature size
 * @param threshold the estimated Jaccard similarity at or above which a candidate pair is linked
 * @param minWords stories with fewer words of linkable text are never linked: short alerts share
 *     too few shingles for an estimate to mean anything
 */
public record LinkSettings(
    int shingleWords, int signatureSize, int bands, int rows, double threshold, int minWords) {

  public static final LinkSettings DEFAULTS = new LinkSettings(5, 128, 10, 2, 0.5, 40);

  /** Bands are numbered in one byte in the band store's keys. */
  public static final int MAX_BANDS = 255;

  public LinkSettings {
    if (shingleWords < 1 || shingleWords > 16) {
      throw new IllegalArgumentException(
          "shingle length must be 1 to 16 words, was " + shingleWords);
    }
    if (signatureSize < 8 || signatureSize > 1024) {
      throw new IllegalArgumentException(
          "signature size must be 8 to 1024 minima, was " + signatureSize);
    }
    if (bands < 1 || bands > MAX_BANDS || rows < 1) {
      throw new IllegalArgumentException(
          "bands must be 1 to " + MAX_BANDS + " and rows at least 1, were " + bands + "/" + rows);
    }
    if ((long) bands * rows > signatureSize) {
      throw new IllegalArgumentException(
          "bands x rows ("
              + bands
              + " x "
              + rows
              + ") must not exceed the signature size "
              + signatureSize);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (minWords < shingleWords) {
      throw new IllegalArgumentException(
          "minimum words to link ("
              + minWords
              + ") must be at least the shingle length ("
              + shingleWords
              + ")");
    }
  }

  /**
   * The probability that a pair of true Jaccard similarity {@code s} shares at least one band: the
   * S-curve {@code 1 - (1 - s^rows)^bands}.
   */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
