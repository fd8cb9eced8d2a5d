package io.wirefeed.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaExtension;
import io.wirefeed.embedded.KafkaTestClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** run --from-beginning: kept state republishes nothing, fresh state republishes every story. */
class ReprocessingIntegrationTest {

  @RegisterExtension
  static final EmbeddedKafkaExtension kafka = EmbeddedKafkaExtension.withSchemaRegistry();

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void keptStateSendsEveryStoryToDuplicatesAndFreshStatePublishesThemAgain(@TempDir Path state)
      throws Exception {
    WirefeedConfig config =
        WirefeedConfig.from(kafka.processorSettings("wirefeed-reprocess", state));
    try (StreamsApplication first = StreamsApplication.start(config)) {
      first.awaitRunning(WAIT);
      Map<String, String> raw = new LinkedHashMap<>();
      raw.put("a", "ZCZC\nBFF-01\nSLUG-A\nHeadline A\n\nBody A.\n\nBSS/AB/1000 hrs\nNNNN\n");
      raw.put("b", "ZCZC\nBFF-02\nSLUG-B\nHeadline B\n\nBody B.\n\nBSS/AB/1000 hrs\nNNNN\n");
      KafkaTestClients.writeTransactionally(kafka.bootstrapServers(), "wire.raw", raw);
      assertThat(KafkaTestClients.readCommitted(kafka.bootstrapServers(), "wire.stories", 2, WAIT))
          .hasSize(2);

      assertThatThrownBy(
              () -> StreamsApplication.start(config, StartPosition.FROM_BEGINNING_KEEP_STATE))
          .hasMessageContaining("active members")
          .hasMessageContaining("stop every running instance");
    }

    try (StreamsApplication kept =
        StreamsApplication.start(config, StartPosition.FROM_BEGINNING_KEEP_STATE)) {
      kept.awaitRunning(WAIT);
      assertThat(
              KafkaTestClients.readCommitted(kafka.bootstrapServers(), "wire.duplicates", 2, WAIT))
          .hasSize(2);
    }
    assertThat(KafkaTestClients.readCommitted(kafka.bootstrapServers(), "wire.stories", 2, WAIT))
        .as("nothing published again")
        .hasSize(2);

    try (StreamsApplication fresh =
        StreamsApplication.start(config, StartPosition.FROM_BEGINNING_FRESH_STATE)) {
      fresh.awaitRunning(WAIT);
      var stories =
          KafkaTestClients.readCommitted(kafka.bootstrapServers(), "wire.stories", 4, WAIT);
      assertThat(stories.stream().map(ConsumerRecord::key).distinct()).hasSize(2);
    }
  }
}
