package io.wirefeed.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaExtension;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.topology.WirefeedTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The internal topics wirefeed creates before Kafka Streams starts are the ones Streams would have
 * created (names, partitions, configs), Streams runs on them, and the group then needs one
 * rebalance instead of two.
 */
class InternalTopicsIntegrationTest {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void createsWhatStreamsWouldAndStartsWithOneRebalance(@TempDir Path stateDir) throws Exception {
    try (var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      compareWithStreamsOwn(
          config("streams-own", stateDir.resolve("own"), registry.url()),
          config("made-ahead", stateDir.resolve("ahead"), registry.url()));
    }
  }

  private static void compareWithStreamsOwn(WirefeedConfig streamsOwn, WirefeedConfig madeAhead)
      throws Exception {
    try (Admin admin = Admin.create(adminProperties())) {
      TopicSetup.ensureTopics(admin, streamsOwn);
      // Kafka Streams alone, as before: it creates its internal topics at the first assignment.
      try (KafkaStreams streams =
          new KafkaStreams(
              WirefeedTopology.build(streamsOwn.topology()), streamsOwn.streamsProperties())) {
        streams.start();
        Awaitility.await().atMost(WAIT).until(() -> streams.state() == KafkaStreams.State.RUNNING);
      }
    }
    // wirefeed: creates them before Streams starts.
    try (StreamsApplication processor = StreamsApplication.start(madeAhead)) {
      processor.awaitRunning(WAIT);
      assertThat(rebalances(processor)).isEqualTo(1);
    }
    try (Admin admin = Admin.create(adminProperties())) {
      Map<String, String> expected = describe(admin, "streams-own-");
      assertThat(expected).hasSize(4);
      assertThat(describe(admin, "made-ahead-")).isEqualTo(expected);
    }
  }

  private static WirefeedConfig config(String application, Path stateDir, String registryUrl) {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", kafka.bootstrapServers());
    settings.put("schema.registry.url", registryUrl);
    settings.put("application.id", application);
    settings.put("state.dir", stateDir.toString());
    settings.put("topic.raw", "internal-topics.raw");
    settings.put("topics.partitions", "2");
    settings.put("topics.replication.factor", "1");
    // Different from the raw topic's count, so that each topic's own count is checked.
    settings.put("link.partitions", "3");
    return WirefeedConfig.from(settings);
  }

  /**
   * Each internal topic of the application, without its prefix, with its partition count and the
   * configs set on it (not the broker's defaults).
   */
  private static Map<String, String> describe(Admin admin, String prefix) throws Exception {
    List<String> names =
        admin.listTopics().names().get().stream().filter(name -> name.startsWith(prefix)).toList();
    Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
    Map<String, String> described = new TreeMap<>();
    for (String name : names) {
      var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
      String configs =
          admin.describeConfigs(List.of(resource)).all().get().get(resource).entries().stream()
              .filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
              .map(entry -> entry.name() + "=" + entry.value())
              .sorted()
              .collect(Collectors.joining(", "));
      described.put(
          name.substring(prefix.length()),
          descriptions.get(name).partitions().size() + " partitions: " + configs);
    }
    return described;
  }

  /** Rebalances the stream thread's consumer has completed since it started. */
  private static long rebalances(StreamsApplication processor) {
    return Math.round(processor.metricTotal("consumer-coordinator-metrics", "rebalance-total"));
  }

  private static Properties adminProperties() {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    return properties;
  }
}
