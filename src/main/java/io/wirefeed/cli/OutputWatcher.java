package io.wirefeed.cli;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.StoryLink;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.topology.TopologyConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the output topics with {@code read_committed}, from the end offsets they had when the
 * watcher was created, so that it sees only what the processor publishes from then on.
 */
final class OutputWatcher implements AutoCloseable {

  private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final TopologyConfig.Topics topics;
  private final Deserializer<Story> stories;
  private final Deserializer<Duplicate> duplicates;
  private final Deserializer<Reject> rejects;
  private final Deserializer<StoryLink> links;

  OutputWatcher(String bootstrapServers, TopologyConfig config) {
    this.topics = config.topics();
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // Kafka's fixed 64 KB receive buffer stalls a poll for 200 ms when a fetch overruns it on
    // loopback (see WirefeedConfig); the kernel's autotuning does not.
    properties.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, -1);
    this.consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    Map<String, ?> serdeConfig = config.serdeConfig();
    this.stories = ConfluentAvroSerde.forValues(Story.class, serdeConfig).deserializer();
    this.duplicates = ConfluentAvroSerde.forValues(Duplicate.class, serdeConfig).deserializer();
    this.rejects = ConfluentAvroSerde.forValues(Reject.class, serdeConfig).deserializer();
    this.links = ConfluentAvroSerde.forValues(StoryLink.class, serdeConfig).deserializer();

    List<TopicPartition> partitions = new ArrayList<>();
    List<String> outputs =
        new ArrayList<>(List.of(topics.stories(), topics.duplicates(), topics.rejects()));
    if (config.linking().enabled()) {
      outputs.add(topics.links());
    }
    for (String topic : outputs) {
      partitionsOf(topic)
          .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /**
   * A topic created a moment ago may not be in the broker's metadata yet, and then has no
   * partitions: assigning none would make every poll fail, so ask again until they are known.
   */
  private List<PartitionInfo> partitionsOf(String topic) {
    long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
    while (true) {
      List<PartitionInfo> found = consumer.partitionsFor(topic, METADATA_WAIT);
      if (!found.isEmpty()) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "topic " + topic + " has no partitions after " + METADATA_WAIT.toSeconds() + " s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for topic " + topic, e);
      }
    }
  }

  List<OutputEvent> poll(Duration timeout) {
    List<OutputEvent> events = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
      events.add(decode(record));
    }
    return events;
  }

  private OutputEvent decode(ConsumerRecord<byte[], byte[]> record) {
    String topic = record.topic();
    if (topic.equals(topics.stories())) {
      return new OutputEvent(
          OutputEvent.Kind.STORY, stories.deserialize(topic, record.headers(), record.value()));
    }
    if (topic.equals(topics.duplicates())) {
      return new OutputEvent(
          OutputEvent.Kind.DUPLICATE,
          duplicates.deserialize(topic, record.headers(), record.value()));
    }
    if (topic.equals(topics.links())) {
      return new OutputEvent(
          OutputEvent.Kind.LINK, links.deserialize(topic, record.headers(), record.value()));
    }
    return new OutputEvent(
        OutputEvent.Kind.REJECT, rejects.deserialize(topic, record.headers(), record.value()));
  }

  @Override
  public void close() {
    // No group to leave and nothing to commit; a default close would wait for the fetch the broker
    // holds (fetch.max.wait.ms, 500 ms) before it can answer the fetch-session close.
    consumer.close(Duration.ZERO);
  }
}
