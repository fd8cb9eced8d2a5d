package io.wirefeed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static final BenchSettings SETTINGS =
      new BenchSettings(
          1_000, 3_000, 0.3, 4, 2, 2_000, 10, Path.of("target"), null, null, null, Map.of());

  @Test
  void holdsEachFigureToItsTargetAndShowsWhereTheCpuWent() {
    BenchReport report =
        new BenchReport(
            SETTINGS,
            measurement(10_000, 60),
            measurement(8_000, 100),
            measurement(9_000, 300),
            1_000,
            120_000,
            100,
            260,
            300,
            measurement(15_000, 300),
            List.of(500L, 500L),
            new ParseThroughput.Result(250e6, 80_000, 500e6),
            new DemoStartup.Times(Duration.ofMillis(2_900), Duration.ofMillis(4_100)),
            1L << 30,
            new BenchReport.LinkingCost(measurement(10_000, 250), 42, 2_000_000, 1_000));

    Map<String, BenchReport.Row> rows = new LinkedHashMap<>();
    report.rows().forEach(row -> rows.put(row.figure(), row));
    assertThat(rows.get("full / baseline").measured()).isEqualTo("0.90 x");
    assertThat(rows.get("full / baseline").met()).as("no target: the hop is the bar").isNull();
    assertThat(rows.get("full / baseline + hop").measured())
        .isEqualTo("1.13 x (the hop alone: 0.80 x baseline)");
    assertThat(rows.get("full / baseline + hop").met()).isTrue();
    // 2 x the hop's 66.7 µs plus 1e6 / 80,000 msg/s = 12.5 µs of parse: 145.8 µs, against 200.
    assertThat(rows.get("stream threads, full pipeline").target())
        .isEqualTo("≤ 146 µs (2 x hop + parse)");
    assertThat(rows.get("stream threads, full pipeline").met()).isFalse();
    assertThat(rows.get("parse + hash, one core").met()).isTrue();
    assertThat(rows.get("latency at 2000 msg/s").met()).as("p99 260 ms").isFalse();
    assertThat(rows.get("dedup state per story").met()).isNull();
    assertThat(rows.get("demo, first story").met()).isTrue();
    assertThat(rows.get("demo --once, wall time").met()).isFalse();
    assertThat(rows.get("CPU per message, full pipeline").measured())
        .startsWith(
            "300 µs on 1.5 cores busy, stream threads 200, client I/O threads 0, broker 100");
    assertThat(rows.get("linking: full with / without").measured())
        .isEqualTo("0.90 x (42 links published)");
    assertThat(rows.get("linking: full with / without").met()).isTrue();
    assertThat(rows.get("link state per story").measured())
        .isEqualTo("2000 bytes (2,000,000 bytes / 1,000 stories)");
    assertThat(report.markdown())
        .contains(
            "| full / baseline + hop | 1.13 x (the hop alone: 0.80 x baseline) | ≥ 0.8 x | met |");
  }

  private static Measurement measurement(double recordsPerSecond, double streamAndBrokerMicros) {
    Map<String, Double> micros = new LinkedHashMap<>();
    micros.put(CpuBreakdown.STREAM_THREADS, streamAndBrokerMicros * 2 / 3);
    micros.put(CpuBreakdown.CLIENT_IO, 0.0);
    micros.put(CpuBreakdown.BROKER, streamAndBrokerMicros / 3);
    return new Measurement(
        (long) recordsPerSecond * 10,
        (long) recordsPerSecond * 30_000,
        10,
        new CpuBreakdown(micros, 1.5));
  }
}
