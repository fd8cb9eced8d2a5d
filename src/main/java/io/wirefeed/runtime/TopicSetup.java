package io.wirefeed.runtime;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.topology.TopologyConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Makes sure the topics (four, and the links topic with linking on) exist before the processor
 * starts. Never deletes or alters a topic that is already there.
 */
public final class TopicSetup {

  private TopicSetup() {}

  public static void ensureTopics(Admin admin, WirefeedConfig config) {
    TopologyConfig.Topics topics = config.topology().topics();
    WirefeedConfig.TopicSettings settings = config.topicSettings();
    Duration timeout = config.ops().checkTimeout();
    Set<String> existing = listTopics(admin, config, timeout);
    if (!settings.create()) {
      List<String> missing =
          names(config).stream().filter(name -> !existing.contains(name)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "topics "
                + missing
                + " do not exist: create them, or set topics.create=true to let wirefeed create"
                + " them");
      }
      return;
    }
    String maxBytes = Integer.toString(settings.maxMessageBytes());
    String retention = Long.toString(config.topology().dedupRetention().toMillis());
    List<NewTopic> wanted = new ArrayList<>();
    wanted.add(
        topic(topics.raw(), settings, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes)));
    wanted.add(
        topic(
            topics.stories(),
            settings,
            Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                maxBytes)));
    wanted.add(
        topic(
            topics.duplicates(),
            settings,
            Map.of(
                TopicConfig.RETENTION_MS_CONFIG, retention,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes)));
    wanted.add(
        topic(topics.rejects(), settings, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes)));
    if (config.topology().linking().enabled()) {
      // Not compacted: a story can be the newer side of several links, all under its hash.
      wanted.add(topic(topics.links(), settings, Map.of()));
    }
    List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
    if (!missing.isEmpty()) {
      createTopics(admin, missing, timeout);
    }
  }

  /** The topics wirefeed reads and writes with this config. */
  private static List<String> names(WirefeedConfig config) {
    TopologyConfig.Topics topics = config.topology().topics();
    List<String> names =
        new ArrayList<>(
            List.of(topics.raw(), topics.stories(), topics.duplicates(), topics.rejects()));
    if (config.topology().linking().enabled()) {
      names.add(topics.links());
    }
    return names;
  }

  private static NewTopic topic(
      String name, WirefeedConfig.TopicSettings settings, Map<String, String> configs) {
    Optional<Short> replication =
        settings.replicationFactor() > 0
            ? Optional.of(settings.replicationFactor())
            : Optional.empty();
    return new NewTopic(name, Optional.of(settings.partitions()), replication).configs(configs);
  }

  private static Set<String> listTopics(Admin admin, WirefeedConfig config, Duration timeout) {
    try {
      return admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "the Kafka cluster at "
              + config.streamsProperties().getProperty("bootstrap.servers")
              + " did not answer within "
              + timeout.toSeconds()
              + " s ("
              + rootMessage(e)
              + "): check bootstrap.servers, the network and the security settings",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing topics", e);
    }
  }

  private static void createTopics(Admin admin, List<NewTopic> topics, Duration timeout) {
    try {
      admin.createTopics(topics).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topics: " + rootMessage(e), e);
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out creating topics " + topics, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
