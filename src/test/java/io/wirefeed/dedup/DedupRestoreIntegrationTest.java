package io.wirefeed.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaExtension;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.embedded.KafkaTestClients;
import io.wirefeed.runtime.StreamsApplication;
import io.wirefeed.topology.WirefeedTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance that starts with an empty state dir restores the dedup store from its changelog,
 * rebuilds the expiry index from it, and decides as the instance before it would have: within the
 * window a copy is a duplicate, past it (in record time) it is published again, and the rebuilt
 * index purges what expires.
 */
class DedupRestoreIntegrationTest {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Duration RETENTION = Duration.ofDays(7);
  private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
  private static final String APPLICATION = "wirefeed-restore";
  private static final String A =
      "ZCZC\nBFF-01\nSLUG-A\nHeadline A\n\nBody A.\n\nBSS/AB/1000 hrs\nNNNN\n";
  private static final String B =
      "ZCZC\nBFF-02\nSLUG-B\nHeadline B\n\nBody B.\n\nBSS/AB/1000 hrs\nNNNN\n";
  private static final String C =
      "ZCZC\nBFF-03\nSLUG-C\nHeadline C\n\nBody C.\n\nBSS/AB/1000 hrs\nNNNN\n";

  @Test
  void aRestoredStoreDecidesAsTheOneBeforeIt(@TempDir Path firstState, @TempDir Path secondState)
      throws Exception {
    try (var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      restoreAndDecide(registry.url(), firstState, secondState);
    }
  }

  private static void restoreAndDecide(String registryUrl, Path firstState, Path secondState)
      throws Exception {
    String hashA;
    String hashB;
    try (StreamsApplication first = StreamsApplication.start(config(registryUrl, firstState))) {
      first.awaitRunning(WAIT);
      send("a", A, T0);
      hashA = stories(1).get(0).key();
      send("b", B, T0);
      hashB = stories(2).get(1).key();
    }

    try (StreamsApplication restored = StreamsApplication.start(config(registryUrl, secondState))) {
      restored.awaitRunning(WAIT);
      send("a-copy", A, T0.plus(Duration.ofHours(1)));
      send("b-late-copy", B, T0.plus(RETENTION).plusSeconds(1));
      send("c", C, T0.plus(Duration.ofDays(8)));
      send("b-copy", B, T0.plus(Duration.ofDays(8)).plusSeconds(1));

      assertThat(stories(4).stream().map(ConsumerRecord::key).toList())
          .as("A and B, B again past the window, then C")
          .containsSubsequence(hashA, hashB, hashB)
          .hasSize(4);
      assertThat(read("wire.duplicates", 2).stream().map(ConsumerRecord::key).toList())
          .as("A within the window of the restored entry, B within the window of its new entry")
          .containsExactly(hashA, hashB);
      // Entries: A, B, B again, C put and A purged.
      assertThat(tombstones(WirefeedTopology.DEDUP_STORE, 5))
          .as("A's entry purged through the index rebuilt from the restored entries")
          .isEqualTo(1);
    }
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      assertThat(admin.listTopics().names().get())
          .as("the expiry index is rebuilt from the entries, not restored")
          .contains(APPLICATION + "-" + WirefeedTopology.DEDUP_STORE + "-changelog")
          .doesNotContain(APPLICATION + "-" + WirefeedTopology.DEDUP_EXPIRY_INDEX + "-changelog");
    }
  }

  private static WirefeedConfig config(String registryUrl, Path state) {
    return WirefeedConfig.from(
        Map.of(
            "bootstrap.servers",
            kafka.bootstrapServers(),
            "schema.registry.url",
            registryUrl,
            "application.id",
            APPLICATION,
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

  private static void send(String key, String value, Instant timestamp) throws Exception {
    Map<String, Object> config =
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer
          .send(new ProducerRecord<>("wire.raw", null, timestamp.toEpochMilli(), key, value))
          .get();
    }
  }

  private static List<ConsumerRecord<String, String>> stories(int expected) {
    return read("wire.stories", expected);
  }

  private static List<ConsumerRecord<String, String>> read(String topic, int expected) {
    return KafkaTestClients.readCommitted(kafka.bootstrapServers(), topic, expected, WAIT);
  }

  /** Reads a changelog's first {@code records} records and counts the deletes among them. */
  private static long tombstones(String store, int records) {
    return read(APPLICATION + "-" + store + "-changelog", records).stream()
        .filter(record -> record.value() == null)
        .count();
  }
}
