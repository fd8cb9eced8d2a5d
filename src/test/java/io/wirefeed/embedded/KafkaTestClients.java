package io.wirefeed.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Producers and consumers against an embedded broker, shared by integration tests. */
public final class KafkaTestClients {

  private KafkaTestClients() {}

  /** Writes {@code records} (key to value) in one committed transaction. */
  public static void writeTransactionally(
      String bootstrapServers, String topic, Map<String, String> records) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            "test-tx-" + UUID.randomUUID());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      records.forEach((key, value) -> producer.send(new ProducerRecord<>(topic, key, value)));
      producer.commitTransaction();
    }
  }

  /**
   * Reads {@code topic} from the start with {@code read_committed} until {@code expected} records
   * arrived or {@code timeout} passed (then fails); returns everything read.
   */
  public static List<ConsumerRecord<String, String>> readCommitted(
      String bootstrapServers, String topic, int expected, Duration timeout) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-reader-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed");
    List<ConsumerRecord<String, String>> read = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      pollUntil(consumer, read, expected, timeout, expected + " committed records on " + topic);
    }
    return read;
  }

  /**
   * Reads every partition of {@code topics} from the start with {@code read_committed}, as bytes,
   * until {@code expected} records arrived (failing after {@code timeout}), then for {@code linger}
   * more: anything read beyond the expected count would be a record published twice.
   */
  public static List<ConsumerRecord<byte[], byte[]>> readAllCommitted(
      Map<String, Object> clientConfig,
      List<String> topics,
      int expected,
      Duration timeout,
      Duration linger) {
    Properties properties = new Properties();
    properties.putAll(clientConfig);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer
            .partitionsFor(topic)
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      pollUntil(consumer, read, expected, timeout, expected + " committed records on " + topics);
      consumer.poll(linger).forEach(read::add);
    }
    return read;
  }

  /**
   * Polls into {@code read} until it holds {@code expected} records; fails after {@code timeout}.
   */
  private static <K, V> void pollUntil(
      Consumer<K, V> consumer,
      List<ConsumerRecord<K, V>> read,
      int expected,
      Duration timeout,
      String what) {
    Awaitility.await(what)
        .atMost(timeout)
        .pollInSameThread()
        .pollInterval(Duration.ZERO)
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(read::add);
              return read.size() >= expected;
            });
  }
}
