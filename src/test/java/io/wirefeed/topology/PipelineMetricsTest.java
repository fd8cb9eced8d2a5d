package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.serde.SchemaRegistryClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineMetricsTest {

  /** Records what the topology reports. */
  private static final class Recording implements PipelineMetrics {
    final List<Duration> parses = new CopyOnWriteArrayList<>();
    final List<String> rejects = new CopyOnWriteArrayList<>();

    @Override
    public void parsed(Duration took) {
      parses.add(took);
    }

    @Override
    public void rejected(String reason) {
      rejects.add(reason);
    }
  }

  @Test
  void theParseStepReportsEveryParseAndEveryRejectWithItsReason(@TempDir Path stateDir) {
    String scope = "metrics-test-" + UUID.randomUUID();
    var config =
        TestDrivers.config(Duration.ofDays(7), Map.of("schema.registry.url", "mock://" + scope));
    Recording metrics = new Recording();
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    try (var driver = new TopologyTestDriver(WirefeedTopology.build(config, metrics), properties)) {
      var raw =
          driver.createInputTopic("wire.raw", new ByteArraySerializer(), new ByteArraySerializer());
      raw.pipeInput(
          "DHAKA, Jan 5, 2026 (BSS) – A plain story of one line.".getBytes(StandardCharsets.UTF_8));
      raw.pipeInput("   ".getBytes(StandardCharsets.UTF_8));
    } finally {
      SchemaRegistryClients.dropScope(scope);
    }

    assertThat(metrics.parses).hasSize(2).allSatisfy(took -> assertThat(took).isPositive());
    assertThat(metrics.rejects).containsExactly("whitespace-only message");
  }
}
