package io.wirefeed.resilience;

import io.wirefeed.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The settings the resilience tests give the processor and their own clients. */
final class Cluster {

  private Cluster() {}

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
