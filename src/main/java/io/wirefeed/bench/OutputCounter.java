package io.wirefeed.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts committed records on output topics until an expected total, noting when each arrived and,
 * for latency, how long after its input was produced (the record timestamp is the input's).
 */
final class OutputCounter implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;

  OutputCounter(String bootstrapServers, List<String> topics) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
    properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
    // The measuring consumer must not stall on the 200 ms retransmissions that Kafka's fixed 64 KB
    // receive buffer causes on loopback (see WirefeedConfig): that was the bench's p99 tail.
    properties.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, -1);
    consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer
          .partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** What the counter saw: when the first and last records arrived, and latencies if asked. */
  record Count(
      long records,
      Map<String, Long> recordsByTopic,
      long firstArrivalNanos,
      long firstPollRecords,
      long lastArrivalNanos,
      long[] latenciesMillis,
      long[] latencyTimestampsMillis) {

    /** Seconds from the first output records to the last: the run's steady state. */
    double steadySeconds() {
      return (lastArrivalNanos - firstArrivalNanos) / 1e9;
    }

    /** The records that arrived within {@link #steadySeconds}, after the first poll's. */
    long steadyRecords() {
      return records - firstPollRecords;
    }
  }

  /** For {@link #awaitRecords}: no latencies wanted. */
  static final long NO_LATENCY = Long.MAX_VALUE;

  /**
   * @param latencyFromMillis latencies are kept for records produced at or after this wall-clock
   *     time; {@link #NO_LATENCY} for none
   */
  Count awaitRecords(long expected, Duration timeout, long latencyFromMillis)
      throws TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long records = 0;
    Map<String, Long> byTopic = new TreeMap<>();
    long firstArrival = 0;
    long firstPollRecords = 0;
    long lastArrival = 0;
    long[] latencies = new long[latencyFromMillis == NO_LATENCY ? 0 : (int) expected];
    long[] producedAt = new long[latencies.length];
    int latencyCount = 0;
    while (records < expected) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "only " + records + " of " + expected + " output records after " + timeout);
      }
      var polled = consumer.poll(Duration.ofMillis(100));
      // Read the clocks after poll returns: a record is seen when poll hands it over, and a clock
      // read before would hide the time poll waited for it.
      long wallNow = System.currentTimeMillis();
      long arrival = System.nanoTime();
      for (ConsumerRecord<byte[], byte[]> record : polled) {
        if (record.timestamp() >= latencyFromMillis && latencyCount < latencies.length) {
          producedAt[latencyCount] = record.timestamp();
          latencies[latencyCount++] = wallNow - record.timestamp();
        }
        if (firstArrival == 0 || firstArrival == arrival) {
          firstArrival = arrival;
          firstPollRecords++;
        }
        records++;
        byTopic.merge(record.topic(), 1L, Long::sum);
        lastArrival = arrival;
      }
    }
    return new Count(
        records,
        byTopic,
        firstArrival,
        firstPollRecords,
        lastArrival,
        Arrays.copyOf(latencies, latencyCount),
        Arrays.copyOf(producedAt, latencyCount));
  }

  @Override
  public void close() {
    consumer.close();
  }
}
