package io.wirefeed.dedup;

import static io.wirefeed.dedup.DedupTestPipeline.A;
import static io.wirefeed.dedup.DedupTestPipeline.B;
import static io.wirefeed.dedup.DedupTestPipeline.C;
import static org.assertj.core.api.Assertions.assertThat;

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
  private static final Duration RETENTION = DedupTestPipeline.RETENTION;
  private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
  private static final String APPLICATION = "wirefeed-restore";

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
    try (StreamsApplication first =
        StreamsApplication.start(
            DedupTestPipeline.config(
                kafka.bootstrapServers(), registryUrl, APPLICATION, firstState))) {
      first.awaitRunning(WAIT);
      send("a", A, T0);
      hashA = stories(1).get(0).key();
      send("b", B, T0);
      hashB = stories(2).get(1).key();
    }

    try (StreamsApplication restored =
        StreamsApplication.start(
            DedupTestPipeline.config(
                kafka.bootstrapServers(), registryUrl, APPLICATION, secondState))) {
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

  private static void send(String key, String value, Instant timestamp) throws Exception {
    DedupTestPipeline.send(kafka.bootstrapServers(), key, value, timestamp);
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
