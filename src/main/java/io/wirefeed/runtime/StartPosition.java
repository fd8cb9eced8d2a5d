package io.wirefeed.runtime;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.topology.WirefeedTopology;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the processor starts reading the raw topic. Re-reading from the beginning moves the
 * application's consumer group back to the raw topic's earliest offsets; the dedup state is kept
 * (every story already published comes out as a duplicate, nothing is published again) or, only
 * with {@link #FROM_BEGINNING_FRESH_STATE}, deleted with the two internal topics that hold it, so
 * every story is published again under the same key. Output topics are never touched.
 */
public enum StartPosition {
  /** Go on from the committed offsets: the normal start. */
  CONTINUE,
  FROM_BEGINNING_KEEP_STATE,
  FROM_BEGINNING_FRESH_STATE;

  private static final Logger log = LoggerFactory.getLogger(StartPosition.class);

  public boolean freshState() {
    return this == FROM_BEGINNING_FRESH_STATE;
  }

  /** The internal topics holding the dedup and link state and their ways in. */
  public static List<String> stateTopics(String applicationId) {
    return List.of(
        applicationId + "-" + WirefeedTopology.DEDUP_STORE + "-changelog",
        applicationId + "-" + WirefeedTopology.DEDUP_EXPIRY_INDEX + "-changelog",
        applicationId + "-" + WirefeedTopology.REPARTITION + "-repartition",
        applicationId + "-" + WirefeedTopology.LINK_STORE + "-changelog",
        applicationId + "-" + WirefeedTopology.LINK_REPARTITION + "-repartition");
  }

  void prepare(Admin admin, WirefeedConfig config) {
    if (this == CONTINUE) {
      return;
    }
    String group = config.application();
    Duration timeout = config.ops().checkTimeout();
    requireNoActiveMembers(admin, group, timeout);
    if (freshState()) {
      deleteGroup(admin, group, timeout);
      deleteStateTopics(admin, stateTopics(group), timeout);
      log.info("reprocessing: group {} and its dedup state deleted", group);
    }
    rewind(admin, group, config.topology().topics().raw(), timeout);
  }

  private static void requireNoActiveMembers(Admin admin, String group, Duration timeout) {
    ConsumerGroupDescription description;
    try {
      description =
          await(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group), timeout);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return;
      }
      throw e;
    }
    if (!description.members().isEmpty()) {
      throw new IllegalStateException(
          "consumer group "
              + group
              + " has "
              + description.members().size()
              + " active members: stop every running instance of application.id "
              + group
              + " before re-processing");
    }
  }

  private static void deleteGroup(Admin admin, String group, Duration timeout) {
    try {
      await(admin.deleteConsumerGroups(List.of(group)).all(), timeout);
    } catch (IllegalStateException e) {
      if (!(e.getCause() instanceof GroupIdNotFoundException)) {
        throw e;
      }
    }
  }

  private static void deleteStateTopics(Admin admin, List<String> topics, Duration timeout) {
    Set<String> existing = await(admin.listTopics().names(), timeout);
    List<String> present = topics.stream().filter(existing::contains).toList();
    if (present.isEmpty()) {
      return;
    }
    try {
      await(admin.deleteTopics(present).all(), timeout);
    } catch (IllegalStateException e) {
      if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
        throw e;
      }
    }
    // Deletion finishes in the background; Streams must not find the old topics when it starts.
    long deadline = System.nanoTime() + timeout.toNanos();
    while (await(admin.listTopics().names(), timeout).stream().anyMatch(present::contains)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topics " + present + " still exist after " + timeout);
      }
      sleep(100);
    }
  }

  private static void rewind(Admin admin, String group, String rawTopic, Duration timeout) {
    Collection<Integer> partitions =
        await(admin.describeTopics(List.of(rawTopic)).allTopicNames(), timeout)
            .get(rawTopic)
            .partitions()
            .stream()
            .map(info -> info.partition())
            .toList();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    partitions.forEach(p -> earliest.put(new TopicPartition(rawTopic, p), OffsetSpec.earliest()));
    Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
    await(admin.listOffsets(earliest).all(), timeout)
        .forEach((partition, info) -> start.put(partition, new OffsetAndMetadata(info.offset())));
    await(admin.alterConsumerGroupOffsets(group, start).all(), timeout);
    log.info("reprocessing: group {} moved to the start of {}: {}", group, rawTopic, start);
  }

  private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future, Duration timeout) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "preparing to re-process failed: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "preparing to re-process: no answer from the cluster within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing to re-process", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing to re-process", e);
    }
  }
}
