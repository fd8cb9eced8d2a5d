package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedKafkaBroker;
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
 * The broker is stopped mid-stream and started again on the same port and data dir; the processor
 * (and the feed's producer) reconnect by themselves, with nothing lost or doubled.
 */
class BrokerRestartTest {

  @Test
  void theProcessorRecoversByItselfWhenTheBrokerComesBack(@TempDir Path dir) throws Exception {
    List<byte[]> feed = WireFeed.generate(1_500, 23L, 0.30);
    Expectation expected = Expectation.of(feed);
    var settings = EmbeddedKafkaBroker.Settings.defaults().withDefaultPartitions(3);
    var broker = EmbeddedKafkaBroker.start(settings.withDataDir(dir.resolve("kafka")));
    var restartSettings = settings.withPort(broker.port()).withDataDir(broker.dataDir());
    try (var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      broker.createTopic("wire.raw", 3, Map.of());
      Map<String, Object> clients = Cluster.clientConfig(broker);
      var sender = FeedSender.start(clients, feed, Duration.ofSeconds(12));
      try (var processor =
          ProcessorJvm.launch(
              dir,
              "processor",
              Cluster.processorSettings(broker.bootstrapServers(), registry.url(), dir, "one"))) {
        processor.awaitRunning(Duration.ofSeconds(90));
        Awaitility.await("some stories published before the restart")
            .atMost(Duration.ofSeconds(60))
            .until(() -> registry.store().subjects().contains("wire.stories-value"));
        broker.close();
        Awaitility.await("the broker down for a while")
            .pollDelay(Duration.ofSeconds(3))
            .until(() -> true);
        broker = EmbeddedKafkaBroker.start(restartSettings);

        List<RecordMetadata> sent = sender.landed(Duration.ofMinutes(3));
        Outputs.readAccountingFor(clients, registry.url(), sent, expected, Duration.ofSeconds(120));
        assertThat(processor.isAlive()).as(processor.output()).isTrue();
      }
    } finally {
      broker.close();
    }
  }
}
