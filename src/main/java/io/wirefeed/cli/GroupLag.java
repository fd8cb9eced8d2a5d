package io.wirefeed.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the processor's consumer group is behind on the raw topic: committed offsets against the
 * committed end of each partition. A partition without a committed offset counts whole.
 */
record GroupLag(String group, String topic, Map<Integer, long[]> committedAndEnd) {

  static GroupLag of(ClusterAdmin admin, String group, String topic) {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.await(admin.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .requireTopics(java.util.List.of(topic))
        .get(topic)
        .partitions()
        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    Map<Integer, long[]> offsets = new TreeMap<>();
    admin
        .await(
            admin
                .admin()
                .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all())
        .forEach(
            (partition, end) -> {
              OffsetAndMetadata at = committed.get(partition);
              offsets.put(
                  partition.partition(), new long[] {at == null ? -1 : at.offset(), end.offset()});
            });
    return new GroupLag(group, topic, offsets);
  }

  long total() {
    return committedAndEnd.values().stream()
        .mapToLong(offsets -> offsets[1] - Math.max(0, offsets[0]))
        .sum();
  }

  /** Whether the group has committed anything on the topic: else it may not exist at all. */
  boolean hasCommitted() {
    return committedAndEnd.values().stream().anyMatch(offsets -> offsets[0] >= 0);
  }

  String describe() {
    if (!hasCommitted()) {
      return "lag of group "
          + group
          + " on "
          + topic
          + ": unknown, the group has no committed offsets there (no such group, or it has not"
          + " committed yet): check --application-id (or application.id)";
    }
    StringBuilder line =
        new StringBuilder("lag of group " + group + " on " + topic + ": " + total() + " (");
    String separator = "";
    for (var entry : committedAndEnd.entrySet()) {
      long committed = entry.getValue()[0];
      line.append(separator)
          .append("partition ")
          .append(entry.getKey())
          .append(": committed ")
          .append(committed < 0 ? "none" : Long.toString(committed))
          .append(", end ")
          .append(entry.getValue()[1]);
      separator = "; ";
    }
    return line.append(')').toString();
  }
}
