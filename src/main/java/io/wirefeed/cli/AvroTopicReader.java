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

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final ConfluentAvroDeserializer<Object> values;
  private final Map<TopicPartition, Long> endOffsets;

  /**
   * @param fromBeginning start at each partition's start, else at its end (only new records)
   */
  AvroTopicReader(ClusterOptions cluster, List<String> topics, boolean fromBeginning) {
    this.values = ConfluentAvroDeserializer.generic(cluster.serdeConfig());
    List<TopicPartition> partitions = new ArrayList<>();
    try (var admin = new ClusterAdmin(cluster)) {
      admin
          .requireTopics(topics)
          .forEach(
              (topic, description) ->
                  description
                      .partitions()
                      .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
    }
    Map<String, Object> properties = cluster.clientProperties(ConsumerConfig.configNames());
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
    this.endOffsets = consumer.endOffsets(partitions, cluster.checkTimeout());
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
      throw new IllegalStateException(
          "cannot decode " + where + " through the Schema Registry: " + e.getMessage(), e);
    } catch (SerializationException e) {
      throw new IllegalStateException(
          where
              + " is not Confluent-framed Avro ("
              + e.getMessage()
              + "): read wire.stories, wire.duplicates or wire.rejects",
          e);
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
