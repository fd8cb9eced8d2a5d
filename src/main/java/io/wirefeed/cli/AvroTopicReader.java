package io.wirefeed.cli;

import io.wirefeed.serde.ConfluentAvroDeserializer;
import io.wirefeed.serde.SchemaRegistryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads output topics with {@code read_committed} and no consumer group (nothing committed, the
 * processor's group untouched), decoding values through the registry into generic records, so that
 * any schema version reads.
 */
final class AvroTopicReader implements AutoCloseable {

  /** One decoded record; {@code value} is null for a tombstone. */
  record Decoded(ConsumerRecord<byte[], byte[]> raw, GenericRecord value) {

    String kind() {
      return value == null
          ? "tombstone"
          : value.getSchema().getName().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Where reading starts in each partition read: its start, its end (only new records), an offset
   * (or the end, if the partition is shorter), or {@code count} records before the end.
   */
  record StartAt(Kind kind, long offset) {

    enum Kind {
      BEGINNING,
      END,
      OFFSET,
      BEFORE_END
    }

    static final StartAt BEGINNING = new StartAt(Kind.BEGINNING, 0);
    static final StartAt END = new StartAt(Kind.END, 0);

    /**
     * kcat's and the console consumer's words: {@code beginning}/{@code earliest}, {@code
     * end}/{@code latest}, an offset, or {@code -N} for N before the end.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static StartAt parse(String text) {
      switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "beginning", "earliest", "start" -> {
          return BEGINNING;
        }
        case "end", "latest" -> {
          return END;
        }
        default -> {
          try {
            long offset = Long.parseLong(text.trim());
            return offset < 0
                ? new StartAt(Kind.BEFORE_END, -offset)
                : new StartAt(Kind.OFFSET, offset);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "--offset is '"
                    + text
                    + "': expected beginning, end, an offset, or -N for N before the end");
          }
        }
      }
    }
  }

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final ConfluentAvroDeserializer<Object> values;
  private final Map<TopicPartition, Long> endOffsets;
  private final String registryUrl;

  /**
   * @param fromBeginning start at each partition's start, else at its end (only new records)
   */
  AvroTopicReader(ClusterOptions cluster, List<String> topics, boolean fromBeginning) {
    this(cluster, topics, fromBeginning ? StartAt.BEGINNING : StartAt.END, null);
  }

  /**
   * @param partition the one partition to read, or null for all
   */
  AvroTopicReader(ClusterOptions cluster, List<String> topics, StartAt start, Integer partition) {
    this.values = ConfluentAvroDeserializer.generic(cluster.serdeConfig());
    this.registryUrl =
        io.wirefeed.serde.RegistryUrls.redact(
            String.valueOf(cluster.settings().get("schema.registry.url")));
    List<TopicPartition> partitions = new ArrayList<>();
    try (var admin = new ClusterAdmin(cluster)) {
      admin
          .requireTopics(topics)
          .forEach(
              (topic, description) ->
                  description.partitions().stream()
                      .filter(p -> partition == null || p.partition() == partition)
                      .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
    }
    if (partitions.isEmpty()) {
      throw new IllegalArgumentException(
          "--partition " + partition + " does not exist in " + String.join(", ", topics));
    }
    Map<String, Object> properties = cluster.clientProperties(ConsumerConfig.configNames());
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    // Fetches of up to 8 MB overrun Kafka's fixed 64 KB receive buffer (see WirefeedConfig).
    properties.putIfAbsent(ConsumerConfig.RECEIVE_BUFFER_CONFIG, -1);
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    consumer.assign(partitions);
    this.endOffsets = consumer.endOffsets(partitions, cluster.checkTimeout());
    seek(partitions, start, cluster.checkTimeout());
  }

  private void seek(List<TopicPartition> partitions, StartAt start, Duration timeout) {
    switch (start.kind()) {
      case BEGINNING -> consumer.seekToBeginning(partitions);
      case END -> consumer.seekToEnd(partitions);
      case OFFSET, BEFORE_END -> {
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
        for (TopicPartition partition : partitions) {
          long first = beginnings.get(partition);
          long end = endOffsets.get(partition);
          long wanted = start.kind() == StartAt.Kind.OFFSET ? start.offset() : end - start.offset();
          consumer.seek(partition, Math.max(first, Math.min(end, wanted)));
        }
      }
    }
  }

  List<Decoded> poll(Duration timeout) {
    List<Decoded> decoded = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
      decoded.add(new Decoded(record, decode(record)));
    }
    return decoded;
  }

  /** Whether every partition has been read up to where it ended when the reader was created. */
  boolean reachedEnd() {
    return endOffsets.entrySet().stream()
        .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
  }

  /** Makes a blocked {@link #poll} return at once, from another thread. */
  void wakeup() {
    consumer.wakeup();
  }

  private GenericRecord decode(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return null;
    }
    String where = record.topic() + "/" + record.partition() + "@" + record.offset();
    try {
      if (values.deserialize(record.topic(), record.headers(), record.value())
          instanceof GenericRecord value) {
        return value;
      }
      throw new IllegalStateException(where + " is not an Avro record");
    } catch (SchemaRegistryException e) {
      throw registryFailure(where, e);
    } catch (SerializationException e) {
      if (e.getCause() instanceof SchemaRegistryException registry) {
        throw registryFailure(where, registry);
      }
      throw new IllegalStateException(
          where
              + " is not Confluent-framed Avro ("
              + e.getMessage()
              + "): read wire.stories, wire.duplicates or wire.rejects",
          e);
    }
  }

  /** The registry's fault, not the data's: say which registry and what to check. */
  private IllegalStateException registryFailure(String where, SchemaRegistryException e) {
    if (e.httpStatus() == SchemaRegistryException.NO_STATUS || e.httpStatus() >= 500) {
      return new IllegalStateException(
          "the Schema Registry at "
              + registryUrl
              + " cannot be reached ("
              + e.getMessage()
              + "), so "
              + where
              + " cannot be decoded: check --registry-url (or schema.registry.url), that the"
              + " registry runs, and the network and TLS settings",
          e);
    }
    if (e.httpStatus() == 401 || e.httpStatus() == 403) {
      return new IllegalStateException(
          "the Schema Registry at "
              + registryUrl
              + " refused the credentials ("
              + e.getMessage()
              + "): check basic.auth.user.info or bearer.auth.token",
          e);
    }
    return new IllegalStateException(
        "cannot decode "
            + where
            + " through the Schema Registry at "
            + registryUrl
            + ": "
            + e.getMessage(),
        e);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
