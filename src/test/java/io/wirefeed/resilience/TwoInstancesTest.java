package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processors with the same application id share the partitions; one is SIGKILLed mid-stream and
 * never comes back. The other takes over its partitions and dedup state: re-sends of stories the
 * dead one published are still dropped, and every input is accounted for once.
 */
class TwoInstancesTest {

  @Test
  void theSurvivorTakesOverWithNothingLostOrDoubled(@TempDir Path dir) throws Exception {
    List<byte[]> feed = WireFeed.generate(2_000, 31L, 0.30);
    Expectation expected = Expectation.of(feed);
    try (var broker =
            EmbeddedKafkaBroker.start(
                EmbeddedKafkaBroker.Settings.defaults().withDefaultPartitions(3));
        var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      broker.createTopic("wire.raw", 3, Map.of());
      String bootstrap = broker.bootstrapServers();
      var sender = FeedSender.start(Cluster.clientConfig(broker), feed, Duration.ofSeconds(15));
      try (var doomed =
              ProcessorJvm.launch(
                  dir, "doomed", Cluster.processorSettings(bootstrap, registry.url(), dir, "a"));
          var survivor =
              ProcessorJvm.launch(
                  dir,
                  "survivor",
                  Cluster.processorSettings(bootstrap, registry.url(), dir, "b"))) {
        doomed.awaitRunning(Duration.ofSeconds(90));
        survivor.awaitRunning(Duration.ofSeconds(90));
        Awaitility.await("both instances have published")
            .atMost(Duration.ofSeconds(60))
            .until(() -> registry.store().subjects().contains("wire.stories-value"));
        doomed.kill();

        List<RecordMetadata> sent = sender.landed(Duration.ofMinutes(5));
        Outputs outputs =
            Outputs.readCommitted(
                Cluster.clientConfig(broker),
                registry.url(),
                expected.outputs(),
                Duration.ofSeconds(90));
        outputs.assertAccountFor(sent, expected);
        assertThat(survivor.isAlive()).as(survivor.output()).isTrue();
      }
    }
  }
}
