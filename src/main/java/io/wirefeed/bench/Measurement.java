package io.wirefeed.bench;

/**
 * Throughput of one run over the same input.
 *
 * @param records input records processed
 * @param bytes input bytes processed
 * @param seconds from the first output record to the last, so that neither the rebalance at start
 *     nor the pipeline's fill time (a commit interval per exactly-once hop) counts against it
 * @param cpu where the CPU time of the run went
 */
record Measurement(long records, long bytes, double seconds, CpuBreakdown cpu) {

  /**
   * The steady-state throughput of a run over {@code inputRecords} records of {@code inputBytes},
   * each giving one output record.
   */
  static Measurement of(
      OutputCounter.Count count, long inputRecords, long inputBytes, CpuBreakdown cpu) {
    long records = count.steadyRecords();
    long bytes = Math.round((double) inputBytes * records / Math.max(1, inputRecords));
    return new Measurement(records, bytes, count.steadySeconds(), cpu);
  }

  double recordsPerSecond() {
    return records / seconds;
  }

  double megabytesPerSecond() {
    return bytes / seconds / 1_000_000.0;
  }
}
