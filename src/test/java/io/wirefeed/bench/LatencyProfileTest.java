package io.wirefeed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyProfileTest {

  @Test
  void groupsLatenciesByTheSecondTheirInputWasProducedIn() {
    long[] producedAt = {1_000_100, 1_000_900, 1_000_500, 1_001_000, 1_001_999};
    long[] latencies = {40, 300, 60, 20, 25};

    LatencyProfile profile = LatencyProfile.of(producedAt, latencies);

    assertThat(profile.seconds())
        .containsExactly(
            new LatencyProfile.Second(1_000, 3, 60, 300, 300),
            new LatencyProfile.Second(1_001, 2, 20, 25, 25));
  }

  @Test
  void writesOneTabSeparatedLinePerSecond(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out").resolve("latency-by-second.tsv");

    LatencyProfile.of(new long[] {5_000, 6_500}, new long[] {70, 90}).write(file);

    assertThat(Files.readAllLines(file))
        .containsExactly(
            "epoch_second\tmessages\tp50_ms\tp99_ms\tmax_ms",
            "5\t1\t70\t70\t70",
            "6\t1\t90\t90\t90");
  }
}
