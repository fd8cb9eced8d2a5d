package io.wirefeed.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The latency run second by second (by the second its input was produced in), so that a p99 can be
 * told apart as a steady tail or as a few bad seconds, and those seconds matched with a GC log.
 */
record LatencyProfile(List<Second> seconds) {

  /** One second of produced input: how many, and the latencies' p50, p99 and max. */
  record Second(long epochSecond, int messages, long p50Millis, long p99Millis, long maxMillis) {}

  static LatencyProfile of(long[] producedAtMillis, long[] latenciesMillis) {
    TreeMap<Long, List<Long>> bySecond = new TreeMap<>();
    for (int i = 0; i < producedAtMillis.length; i++) {
      bySecond
          .computeIfAbsent(producedAtMillis[i] / 1000, second -> new ArrayList<>())
          .add(latenciesMillis[i]);
    }
    List<Second> seconds = new ArrayList<>();
    bySecond.forEach(
        (second, latencies) -> {
          long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
          Arrays.sort(sorted);
          seconds.add(
              new Second(
                  second,
                  sorted.length,
                  Percentiles.of(sorted, 0.50),
                  Percentiles.of(sorted, 0.99),
                  sorted[sorted.length - 1]));
        });
    return new LatencyProfile(seconds);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder tsv = new StringBuilder("epoch_second\tmessages\tp50_ms\tp99_ms\tmax_ms\n");
    for (Second second : seconds) {
      tsv.append(second.epochSecond())
          .append('\t')
          .append(second.messages())
          .append('\t')
          .append(second.p50Millis())
          .append('\t')
          .append(second.p99Millis())
          .append('\t')
          .append(second.maxMillis())
          .append('\n');
    }
    Files.writeString(file, tsv);
  }
}
