package io.wirefeed.bench;

/**
 * Throughput of one run over the same input.
 *
 * @param records input records processed
 * @param bytes input bytes processed
 * @param seconds from the application reaching RUNNING to the last output record
 */
record Measurement(long records, long bytes, double seconds) {

  double recordsPerSecond() {
    return records / seconds;
  }

  double megabytesPerSecond() {
    return bytes / seconds / 1_000_000.0;
  }
}
