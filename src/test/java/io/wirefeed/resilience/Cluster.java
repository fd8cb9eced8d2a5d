package io.wirefeed.resilience;

import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * What most resilience tests run the processor against: a three-partition broker and a schema
 * registry, with the settings they give the processor and their own clients. Tests that need a
 * broker or registry of their own (restarted, secured, journalled) use the static helpers.
 */
record Cluster(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry)
    implements AutoCloseable {

  /** A {@link #threePartitionBroker()} and a registry on a free port. */
  static Cluster start() {
    EmbeddedKafkaBroker broker = threePartitionBroker();
    try {
      return new Cluster(broker, EmbeddedSchemaRegistry.start("127.0.0.1", 0));
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  /** {@link #processorSettings(String, String, Path, String)} for this cluster. */
  Map<String, String> processorSettings(Path dir, String instance) {
    return processorSettings(broker.bootstrapServers(), registry.url(), dir, instance);
  }

  /** Starts sending {@code feed} to {@code wire.raw}, spread over {@code spread}. */
  FeedSender send(List<byte[]> feed, Duration spread) {
    return FeedSender.start(clientConfig(broker), feed, spread);
  }

  /** {@link Outputs#readAccountingFor} on this cluster's output topics. */
  Outputs outputsAccountingFor(List<RecordMetadata> sent, Expectation expected, Duration timeout) {
    return Outputs.readAccountingFor(clientConfig(broker), registry.url(), sent, expected, timeout);
  }

  @Override
  public void close() {
    try (broker) {
      registry.close();
    }
  }

  /** A broker whose topics have three partitions, {@code wire.raw} among them. */
  static EmbeddedKafkaBroker threePartitionBroker() {
    var broker =
        EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.defaults().withDefaultPartitions(3));
    broker.createTopic("wire.raw", 3, Map.of());
    return broker;
  }

  static Map<String, Object> clientConfig(EmbeddedKafkaBroker broker) {
    return Map.of("bootstrap.servers", broker.bootstrapServers());
  }

  /**
   * A processor as production would run it, plus what makes a restarted instance take its place at
   * once: a kept state dir (same process id, so its transactional producer fences the dead one's)
   * and static group membership (the new member replaces the dead one without waiting for the
   * session timeout).
   */
  static Map<String, String> processorSettings(
      String bootstrapServers, String registryUrl, Path dir, String instance) {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", bootstrapServers);
    settings.put("schema.registry.url", registryUrl);
    settings.put("application.id", "wirefeed-resilience");
    settings.put("state.dir", dir.resolve("state-" + instance).toString());
    settings.put("group.instance.id", instance);
    settings.put("topics.partitions", "3");
    settings.put("topics.replication.factor", "1");
    settings.put("consumer.session.timeout.ms", "10000");
    return settings;
  }
}
