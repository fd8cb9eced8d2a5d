package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarCommandTest {

  @Test
  void printsEveryPairWithItsEstimatesAndWhetherItWouldBeLinked(@TempDir Path dir)
      throws IOException {
    Path raw = copy("/sample-feed/01-003_be4688365d14eba1.txt", dir.resolve("raw.txt"));
    Path cleaned = copy("/sample-feed/02-000_e0efc4075075a759.txt", dir.resolve("cleaned.txt"));
    Path other = copy("/sample-feed/03-port-strike-telex.txt", dir.resolve("other.txt"));

    CommandRun run = CommandRun.of("similar", raw.toString(), cleaned.toString(), other.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("settings: 5-word shingles, 128 minima, 10 bands x 2 rows");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(2))
        .matches("0\\.[67]\\d +0\\.70 +0\\.9\\d +yes +.*raw\\.txt ~ .*cleaned\\.txt");
    assertThat(lines.get(3)).contains("no (", "raw.txt ~ ").endsWith("other.txt");
  }

  @Test
  void aHigherThresholdFromTheFlagUnlinksThePair(@TempDir Path dir) throws IOException {
    Path raw = copy("/sample-feed/01-003_be4688365d14eba1.txt", dir.resolve("raw.txt"));
    Path cleaned = copy("/sample-feed/02-000_e0efc4075075a759.txt", dir.resolve("cleaned.txt"));

    CommandRun run =
        CommandRun.of("similar", "--threshold", "0.9", raw.toString(), cleaned.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("threshold 0.90").contains("no (below threshold)");
  }

  @Test
  void aBadThresholdIsAClearError(@TempDir Path dir) throws IOException {
    Path raw = copy("/sample-feed/01-003_be4688365d14eba1.txt", dir.resolve("raw.txt"));

    CommandRun run = CommandRun.of("similar", "--threshold", "1.5", raw.toString(), raw.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("link.threshold").contains("at most 1");
  }

  private static Path copy(String resource, Path target) throws IOException {
    return Files.write(target, Fixtures.bytes(resource));
  }
}
