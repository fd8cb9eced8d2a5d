package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.testfeeds.WireFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as a child JVM, SIGKILLed at random moments while a feed with re-sends flows in,
 * and restarted each time. At the end, read with read_committed, every input is in exactly one
 * output topic and every distinct story is published exactly once.
 *
 * <p>The full run (50,000 messages, 10 kills) is a separate command, see docs/reliability.md:
 *
 * <pre>mvn -B test -Dtest=CrashTest -Dwirefeed.crash.full=true</pre>
 */
class CrashTest {

  /** How much damage to do. */
  record Plan(int messages, int kills, Duration sendSpread, long seed) {}

  @Test
  void threeKillsDuringThreeThousandMessages(@TempDir Path dir) throws Exception {
    Figures figures = run(new Plan(3_000, 3, Duration.ofSeconds(8), 7L), dir);
    assertThat(figures.kills()).isEqualTo(3);
  }

  @Test
  @EnabledIfSystemProperty(named = "wirefeed.crash.full", matches = "true")
  void tenKillsDuringFiftyThousandMessages(@TempDir Path dir) throws Exception {
    Figures figures = run(new Plan(50_000, 10, Duration.ofSeconds(120), 2026L), dir);
    assertThat(figures.kills()).isEqualTo(10);
  }

  /** What the closing note reports. */
  record Figures(
      int inputs, int kills, int stories, int duplicates, int rejects, Duration elapsed) {
    @Override
    public String toString() {
      return String.format(
          "crash test: inputs=%d kills=%d stories=%d duplicates=%d rejects=%d time=%ds",
          inputs, kills, stories, duplicates, rejects, elapsed.toSeconds());
    }
  }

  private static Figures run(Plan plan, Path dir) throws Exception {
    long start = System.nanoTime();
    List<byte[]> feed = WireFeed.generate(plan.messages(), plan.seed(), 0.30);
    Expectation expected = Expectation.of(feed);
    Random random = new Random(plan.seed());
    try (var cluster = Cluster.start()) {
      Map<String, String> settings = cluster.processorSettings(dir, "crash");
      var sender = cluster.send(feed, plan.sendSpread());
      int kills = 0;
      for (int launch = 1; kills < plan.kills(); launch++) {
        try (var processor = ProcessorJvm.launch(dir, "run-" + launch, settings)) {
          // A quarter of the kills land during start-up (rebalance, restore, fencing).
          if (random.nextInt(4) > 0) {
            processor.awaitRunning(Duration.ofSeconds(120));
          }
          // The random moment itself, not a wait for a condition.
          TimeUnit.MILLISECONDS.sleep(random.nextInt(2_000));
          processor.kill();
          kills++;
        }
      }
      try (var last = ProcessorJvm.launch(dir, "run-last", settings)) {
        last.awaitRunning(Duration.ofSeconds(120));
        List<RecordMetadata> sent = sender.landed(Duration.ofMinutes(10));
        Outputs outputs =
            cluster.outputsAccountingFor(
                sent, expected, Duration.ofSeconds(60 + plan.messages() / 100));
        // 143 = 128 + SIGTERM: the JVM's own exit status after its shutdown hooks ran.
        assertThat(last.stop()).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(expected.storyHashes().size() + expected.duplicates())
            .as("the feed has re-sends to drop")
            .isLessThan(plan.messages());
        Figures figures =
            new Figures(
                sent.size(),
                kills,
                outputs.stories().size(),
                outputs.duplicates().size(),
                outputs.rejects().size(),
                Duration.ofNanos(System.nanoTime() - start));
        report(figures);
        return figures;
      }
    }
  }

  private static void report(Figures figures) throws IOException {
    System.out.println(figures);
    Files.writeString(
        Path.of("target", "crash-test-figures.txt"),
        figures + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
