package io.wirefeed.bench;

/** Nearest-rank percentiles of sorted latencies. */
final class Percentiles {

  private Percentiles() {}

  static long of(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}
