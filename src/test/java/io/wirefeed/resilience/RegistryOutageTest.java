package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.testfeeds.WireFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry goes away mid-stream, first unreachable, then answering 503, and comes back on the
 * same port with the same schemas. The processor is also restarted during the outage, so it starts
 * with nothing cached and must wait for the registry rather than fail or reject.
 */
class RegistryOutageTest {

  private static final Duration UNREACHABLE = Duration.ofSeconds(10);
  private static final Duration ANSWERING_503 = Duration.ofSeconds(6);
  private static final Duration STREAM_THREADS_MEET_REGISTRY = Duration.ofMinutes(2);
  private static final String GAVE_UP_ON_REGISTRY =
      "Schema Registry unavailable, restarting the stream thread";

  @Test
  void neitherCrashesNorDropsNorRejectsGoodStoriesAndResumes(@TempDir Path dir) throws Exception {
    List<byte[]> feed = WireFeed.generate(1_500, 11L, 0.30);
    Expectation expected = Expectation.of(feed);
    Path journal = dir.resolve("schemas.jsonl");
    try (var broker = Cluster.threePartitionBroker()) {
      var registry = EmbeddedSchemaRegistry.builder().withJournal(journal).start();
      int port = registry.port();
      Map<String, String> settings =
          new java.util.HashMap<>(
              Cluster.processorSettings(broker.bootstrapServers(), registry.url(), dir, "outage"));
      // A relaunched processor waits at start (up to check.timeout.ms) while the registry is
      // unreachable, so the stream threads first meet it answering 503: a short retry budget
      // lets them give up and be replaced within that phase.
      settings.put("schema.registry.retry.max.ms", "1000");
      var sender = FeedSender.start(Cluster.clientConfig(broker), feed, Duration.ofSeconds(20));
      try (var first = ProcessorJvm.launch(dir, "before-outage", settings)) {
        first.awaitRunning(Duration.ofSeconds(90));
        Awaitility.await("some stories published before the outage")
            .atMost(Duration.ofSeconds(60))
            .until(() -> journal.toFile().length() > 0);
        registry.close();
        first.kill();
      }
      try (var restarted = ProcessorJvm.launch(dir, "during-outage", settings)) {
        stayAliveFor(restarted, UNREACHABLE);
        try (var failing = FailingRegistry.answering(503, port)) {
          stayAliveFor(restarted, ANSWERING_503);
          // On a loaded machine the relaunched processor may still be starting after the fixed
          // phase: the registry stays down until its stream threads have met it and given up.
          awaitWhileAlive(restarted, GAVE_UP_ON_REGISTRY, STREAM_THREADS_MEET_REGISTRY);
        }
        try (var back = EmbeddedSchemaRegistry.builder().port(port).withJournal(journal).start()) {
          List<RecordMetadata> sent = sender.landed(Duration.ofMinutes(5));
          Outputs.readAccountingFor(
              Cluster.clientConfig(broker), registry.url(), sent, expected, Duration.ofSeconds(90));
          assertThat(restarted.isAlive()).isTrue();
          assertThat(restarted.output())
              .contains(GAVE_UP_ON_REGISTRY)
              .doesNotContain("fatal error");
        }
      }
    }
  }

  /** Waits for a line in the processor's output, failing as soon as the processor exits. */
  private static void awaitWhileAlive(ProcessorJvm processor, String line, Duration atMost) {
    Awaitility.await("processor logs '" + line + "'")
        .atMost(atMost)
        .failFast("processor exited", () -> !processor.isAlive())
        .until(() -> processor.output().contains(line));
  }

  /** Fails as soon as the processor exits: it must wait for the registry, not give up. */
  private static void stayAliveFor(ProcessorJvm processor, Duration duration) {
    Awaitility.await("processor alive for " + duration)
        .pollDelay(duration)
        .atMost(duration.plusSeconds(5))
        .failFast("processor exited", () -> !processor.isAlive())
        .until(() -> true);
    assertThat(processor.isAlive()).as(processor.output()).isTrue();
  }
}
