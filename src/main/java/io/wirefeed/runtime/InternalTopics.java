package io.wirefeed.runtime;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.topology.TopologyConfig;
import io.wirefeed.topology.WirefeedTopology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the repartition and changelog topics that Kafka Streams would create at its first
 * assignment, with the same names, partitions and configs, before it starts. When Streams creates
 * them itself, its consumers subscribed before the topics existed, so the new metadata makes the
 * group rebalance a second time: about a second of every new application's start (the demo's among
 * them). Topics that exist are left alone; a failure here only leaves the work to Streams.
 */
final class InternalTopics {

  private static final Logger log = LoggerFactory.getLogger(InternalTopics.class);

  /** Kafka Streams' own overrides for a repartition topic ({@code RepartitionTopicConfig}). */
  static final Map<String, String> REPARTITION_CONFIG =
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
          TopicConfig.SEGMENT_BYTES_CONFIG, "52428800",
          TopicConfig.RETENTION_MS_CONFIG, "-1",
          TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime");

  /** ... and for the changelog of a plain key-value store. */
  static final Map<String, String> CHANGELOG_CONFIG =
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG,
          TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG,
          "CreateTime");

  private InternalTopics() {}

  /**
   * The internal topics of this config's topology, as Streams names and configures them; {@code
   * rawPartitions} is the raw topic's partition count, which the stories' repartition topic and the
   * dedup store's changelog inherit.
   */
  static List<NewTopic> of(WirefeedConfig config, int rawPartitions) {
    String application = config.application();
    StreamsConfig streams = new StreamsConfig(config.streamsProperties());
    // Streams applies every topic.-prefixed setting to its internal topics, over its own defaults.
    Map<String, Object> prefixed = streams.originalsWithPrefix(StreamsConfig.TOPIC_PREFIX);
    int replicationFactor = streams.getInt(StreamsConfig.REPLICATION_FACTOR_CONFIG);
    Optional<Short> replication =
        replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty();
    List<NewTopic> topics = new ArrayList<>();
    topics.add(
        topic(
            application + "-" + WirefeedTopology.REPARTITION + "-repartition",
            rawPartitions,
            replication,
            REPARTITION_CONFIG,
            prefixed));
    // The dedup expiry index has no changelog: it is rebuilt from this one.
    topics.add(
        topic(
            application + "-" + WirefeedTopology.DEDUP_STORE + "-changelog",
            rawPartitions,
            replication,
            CHANGELOG_CONFIG,
            prefixed));
    TopologyConfig.Linking linking = config.topology().linking();
    if (linking.enabled()) {
      topics.add(
          topic(
              application + "-" + WirefeedTopology.LINK_REPARTITION + "-repartition",
              linking.partitions(),
              replication,
              REPARTITION_CONFIG,
              prefixed));
      topics.add(
          topic(
              application + "-" + WirefeedTopology.LINK_STORE + "-changelog",
              linking.partitions(),
              replication,
              CHANGELOG_CONFIG,
              prefixed));
    }
    return topics;
  }

  /** Creates those of {@link #of} that do not exist yet; never fails the start. */
  static void createMissing(Admin admin, WirefeedConfig config) {
    Duration timeout = config.ops().checkTimeout();
    String raw = config.topology().topics().raw();
    try {
      Set<String> existing =
          admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      int rawPartitions =
          admin
              .describeTopics(List.of(raw))
              .allTopicNames()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .get(raw)
              .partitions()
              .size();
      List<NewTopic> missing =
          of(config, rawPartitions).stream()
              .filter(topic -> !existing.contains(topic.name()))
              .toList();
      if (missing.isEmpty()) {
        return;
      }
      admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<String> names = missing.stream().map(NewTopic::name).toList();
      log.info("created internal topics {}", names);
      awaitVisible(admin, names, timeout);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        log.info("internal topics left to Kafka Streams to create: {}", e.toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until the broker's metadata lists the new topics with a leader for every partition. The
   * controller has committed them when creation returns, but the broker learns of them a little
   * later; a stream thread that subscribes in between sees them missing, its assignment waits for
   * them, and the changed metadata then makes the group rebalance a second time.
   */
  private static void awaitVisible(Admin admin, List<String> names, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      try {
        // Each attempt waits only for what is left, so that the whole wait stays within timeout.
        Map<String, TopicDescription> described =
            admin.describeTopics(names).allTopicNames().get(left, TimeUnit.NANOSECONDS);
        if (described.values().stream()
            .flatMap(topic -> topic.partitions().stream())
            .allMatch(partition -> partition.leader() != null)) {
          return;
        }
      } catch (ExecutionException | TimeoutException e) {
        // not known to the broker yet
      }
      Thread.sleep(5);
    }
    log.info(
        "internal topics {} not yet visible after {}; Kafka Streams will wait for them",
        names,
        timeout);
  }

  private static NewTopic topic(
      String name,
      int partitions,
      Optional<Short> replication,
      Map<String, String> streamsDefaults,
      Map<String, Object> prefixed) {
    Map<String, String> configs = new HashMap<>(streamsDefaults);
    prefixed.forEach((key, value) -> configs.put(key, String.valueOf(value)));
    return new NewTopic(name, Optional.of(partitions), replication).configs(configs);
  }
}
