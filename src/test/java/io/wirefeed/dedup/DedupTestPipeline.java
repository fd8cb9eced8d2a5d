package io.wirefeed.dedup;

import io.wirefeed.config.WirefeedConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The pipeline as the dedup integration tests run it: one partition, a 7-day window purged every
 * hour of stream time, and raw messages sent one at a time with the record time they are judged by.
 */
final class DedupTestPipeline {

  static final Duration RETENTION = Duration.ofDays(7);
  static final String A = "ZCZC\nBFF-01\nSLUG-A\nHeadline A\n\nBody A.\n\nBSS/AB/1000 hrs\nNNNN\n";
  static final String B = "ZCZC\nBFF-02\nSLUG-B\nHeadline B\n\nBody B.\n\nBSS/AB/1000 hrs\nNNNN\n";
  static final String C = "ZCZC\nBFF-03\nSLUG-C\nHeadline C\n\nBody C.\n\nBSS/AB/1000 hrs\nNNNN\n";

  private DedupTestPipeline() {}

  static WirefeedConfig config(
      String bootstrapServers, String registryUrl, String application, Path state) {
    return WirefeedConfig.from(
        Map.of(
            "bootstrap.servers",
            bootstrapServers,
            "schema.registry.url",
            registryUrl,
            "application.id",
            application,
            "state.dir",
            state.toString(),
            "topics.partitions",
            "1",
            "topics.replication.factor",
            "1",
            "commit.interval.ms",
            "100",
            "dedup.retention.ms",
            Long.toString(RETENTION.toMillis()),
            "dedup.purge.interval.ms",
            Long.toString(Duration.ofHours(1).toMillis())));
  }

  /** Sends one raw message to {@code wire.raw} with this record time. */
  static void send(String bootstrapServers, String key, String value, Instant timestamp)
      throws Exception {
    Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>("wire.raw", null, timestamp.toEpochMilli(), key, value))
          .get();
    }
  }
}
