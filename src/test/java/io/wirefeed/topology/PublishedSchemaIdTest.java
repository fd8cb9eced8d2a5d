package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.serde.InMemorySchemaRegistryClient;
import io.wirefeed.serde.SchemaRegistryClients;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer that registers the published {@code schemas/*.avsc} (as Confluent's serializer does,
 * with Avro's compact text) and wirefeed share one schema id per record type: wirefeed registers
 * the same text, not its generated classes' text with {@code avro.java.string} in it.
 */
class PublishedSchemaIdTest {

  private static final String TELEX =
      """
      ZCZC
      BFF-21
      RIVER-FERRY
      Ferry service resumes on the Padma after fog

      MAWA, Nov 3, 2026 (BSS) – Ferries crossed the Padma again on Tuesday after
      dense fog had kept them moored overnight.

      BSS/JK/0702 hrs
      NNNN
      """;

  private final String scope = "published-schema-" + UUID.randomUUID();
  @TempDir Path stateDir;

  @AfterEach
  void dropScope() {
    SchemaRegistryClients.dropScope(scope);
  }

  @Test
  void wirefeedWritesWithTheIdsOfThePublishedSchemas() throws IOException {
    InMemorySchemaRegistryClient registry = SchemaRegistryClients.mockScope(scope);
    Map<String, Schema> published = publishedSchemas();
    int storyId = registry.register("wire.stories-value", published.get("Story"));
    int duplicateId = registry.register("wire.duplicates-value", published.get("Duplicate"));
    int rejectId = registry.register("wire.rejects-value", published.get("Reject"));

    try (TopologyTestDriver driver = driver()) {
      TestInputTopic<byte[], byte[]> raw =
          driver.createInputTopic("wire.raw", new ByteArraySerializer(), new ByteArraySerializer());
      raw.pipeInput(TELEX.getBytes(StandardCharsets.UTF_8));
      raw.pipeInput(TELEX.getBytes(StandardCharsets.UTF_8));
      raw.pipeInput("   ".getBytes(StandardCharsets.UTF_8));

      assertThat(schemaIdOfFirstValue(driver, "wire.stories")).isEqualTo(storyId);
      assertThat(schemaIdOfFirstValue(driver, "wire.duplicates")).isEqualTo(duplicateId);
      assertThat(schemaIdOfFirstValue(driver, "wire.rejects")).isEqualTo(rejectId);
    }
    for (String subject : registry.store().subjects()) {
      assertThat(registry.store().versions(subject)).as(subject).containsExactly(1);
    }
  }

  /** Parsed as avro-maven-plugin reads them: Origin first, which the others refer to. */
  private static Map<String, Schema> publishedSchemas() throws IOException {
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (String name : new String[] {"Origin", "Story", "Duplicate", "Reject"}) {
      schemas.put(name, parser.parse(Path.of("schemas", name + ".avsc").toFile()));
    }
    return schemas;
  }

  private TopologyTestDriver driver() {
    TopologyConfig config =
        TestDrivers.config(Duration.ofDays(7), Map.of("schema.registry.url", "mock://" + scope));
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "published-schema-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(WirefeedTopology.build(config), properties);
  }

  private static int schemaIdOfFirstValue(TopologyTestDriver driver, String topic) {
    byte[] value =
        driver
            .createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
            .readValue();
    assertThat(value[0]).as("magic byte").isZero();
    return ByteBuffer.wrap(value, 1, 4).getInt();
  }
}
