package io.wirefeed.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.embedded.KafkaTestClients;
import io.wirefeed.serde.ConfluentAvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end scenarios, whatever the broker: the processor on a real KRaft broker and our
 * registry over HTTP, duplicates and garbage in, three topics checked record by record, stories
 * decoded through the registry. A subclass supplies the broker ({@link #bootstrapServers()}),
 * started once for the class: in-JVM ({@code StreamsApplicationIntegrationTest}) or in a container
 * ({@code io.wirefeed.containers.StreamsApplicationContainerTest}).
 */
public abstract class PipelineScenarios {

  private static EmbeddedSchemaRegistry registry;

  /** The broker's bootstrap address, valid from before the first test to after the last. */
  protected abstract String bootstrapServers();

  private static final String STORY =
      """
      ZCZC
      BFF-21
      FLOOD-RELIEF
      Relief boats reach stranded villages in Sylhet

      SYLHET, June 3, 2026 (BSS) – Relief boats reached villages cut off by floods
      in Sylhet on Wednesday, carrying rice, drinking water and saline to families
      stranded for three days.

      “We had nothing left to eat,” said a farmer in Companiganj.

      BSS/SR/1015 hrs
      NNNN
      """;

  private static final String OTHER =
      """
      ZCZC
      BFF-22
      CRICKET-SERIES
      Hosts clinch series with a day to spare

      MIRPUR, June 3, 2026 (BSS) – The hosts won the third one-day match by six
      wickets on Wednesday to take an unbeatable 3-0 lead in the five-match series.

      BSS/KA/1102 hrs
      NNNN
      """;

  @BeforeAll
  protected static void startRegistry() {
    registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0);
  }

  @AfterAll
  protected static void stopRegistry() {
    registry.close();
  }

  @Test
  protected void duplicatesAreDroppedRejectsKeptAndEveryInputAccountedFor(@TempDir Path stateDir)
      throws Exception {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", bootstrapServers());
    settings.put("schema.registry.url", registry.url());
    settings.put("application.id", "wirefeed-it");
    settings.put("state.dir", stateDir.toString());
    settings.put("topics.partitions", "2");
    settings.put("topics.replication.factor", "1");
    settings.put("commit.interval.ms", "100");
    WirefeedConfig config = WirefeedConfig.from(settings);

    List<byte[]> inputs =
        List.of(
            utf8(STORY),
            utf8(STORY.replace("\n", "\r\n").replace("“", "\"").replace("”", "\"")),
            utf8(OTHER),
            STORY.getBytes(Charset.forName("windows-1252")),
            new byte[] {'Z', 'C', 'Z', 'C', '\n', 0, 0, 7},
            utf8("  \n\t "),
            utf8(rewrapped(OTHER)),
            new byte[1_100_000]);

    try (StreamsApplication processor = StreamsApplication.start(config)) {
      processor.awaitRunning(Duration.ofSeconds(60));
      List<RecordMetadata> sent = produce("wire.raw", inputs);

      Map<String, List<ConsumerRecord<byte[], byte[]>>> outputs =
          readUntil(List.of("wire.stories", "wire.duplicates", "wire.rejects"), inputs.size());

      var storySerde = ConfluentAvroSerde.forValues(Story.class, config.topology().serdeConfig());
      var duplicateSerde =
          ConfluentAvroSerde.forValues(Duplicate.class, config.topology().serdeConfig());
      var rejectSerde = ConfluentAvroSerde.forValues(Reject.class, config.topology().serdeConfig());

      List<Story> stories = new ArrayList<>();
      for (var record : outputs.get("wire.stories")) {
        Story story = storySerde.deserializer().deserialize("wire.stories", record.value());
        assertThat(new String(record.key(), StandardCharsets.UTF_8))
            .isEqualTo(story.getContentHash());
        stories.add(story);
      }
      assertThat(stories)
          .extracting(Story::getSlug)
          .containsExactlyInAnyOrder("FLOOD-RELIEF", "CRICKET-SERIES");
      // Copies of one story may sit on different raw partitions, whose tasks run in no set order:
      // any one copy may be the one published, and the others are its duplicates.
      Map<String, Story> bySlug = new HashMap<>();
      stories.forEach(story -> bySlug.put(story.getSlug(), story));
      Set<String> floodCopies = Set.of(at(sent.get(0)), at(sent.get(1)), at(sent.get(3)));
      Set<String> cricketCopies = Set.of(at(sent.get(2)), at(sent.get(6)));
      String floodPublished = at(bySlug.get("FLOOD-RELIEF").getOrigin());
      String cricketPublished = at(bySlug.get("CRICKET-SERIES").getOrigin());
      assertThat(floodCopies).contains(floodPublished);
      assertThat(cricketCopies).contains(cricketPublished);
      Set<String> expectedDuplicates = new HashSet<>(floodCopies);
      expectedDuplicates.addAll(cricketCopies);
      expectedDuplicates.removeAll(Set.of(floodPublished, cricketPublished));

      List<Duplicate> duplicates =
          outputs.get("wire.duplicates").stream()
              .map(r -> duplicateSerde.deserializer().deserialize("wire.duplicates", r.value()))
              .toList();
      assertThat(duplicates)
          .extracting(d -> at(d.getOrigin()))
          .containsExactlyInAnyOrderElementsOf(expectedDuplicates);
      for (Duplicate duplicate : duplicates) {
        Story first =
            stories.stream()
                .filter(s -> s.getContentHash().equals(duplicate.getContentHash()))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.getFirstOrigin()).isEqualTo(first.getOrigin());
      }

      List<Reject> rejects =
          outputs.get("wire.rejects").stream()
              .map(r -> rejectSerde.deserializer().deserialize("wire.rejects", r.value()))
              .toList();
      assertThat(rejects)
          .extracting(r -> r.getOrigin().getPartition() + "@" + r.getOrigin().getOffset())
          .containsExactlyInAnyOrder(at(sent.get(4)), at(sent.get(5)), at(sent.get(7)));
      for (Reject reject : rejects) {
        int input =
            sent.indexOf(
                findSent(sent, reject.getOrigin().getPartition(), reject.getOrigin().getOffset()));
        assertThat(bytes(reject.getRawValue())).isEqualTo(inputs.get(input));
        assertThat(reject.getReason()).isNotBlank();
      }
      assertThat(stories.size() + duplicates.size() + rejects.size()).isEqualTo(inputs.size());
    }
  }

  private static RecordMetadata findSent(List<RecordMetadata> sent, int partition, long offset) {
    return sent.stream()
        .filter(m -> m.partition() == partition && m.offset() == offset)
        .findFirst()
        .orElseThrow();
  }

  private static String at(RecordMetadata metadata) {
    return metadata.partition() + "@" + metadata.offset();
  }

  private static String at(Origin origin) {
    return origin.getPartition() + "@" + origin.getOffset();
  }

  private List<RecordMetadata> produce(String topic, List<byte[]> values)
      throws InterruptedException, ExecutionException {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
    List<RecordMetadata> sent = new ArrayList<>();
    try (var producer =
        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < values.size(); i++) {
        sent.add(producer.send(new ProducerRecord<>(topic, utf8("m" + i), values.get(i))).get());
      }
    }
    return sent;
  }

  private Map<String, List<ConsumerRecord<byte[], byte[]>>> readUntil(
      List<String> topics, int expected) {
    Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic = new HashMap<>();
    topics.forEach(topic -> byTopic.put(topic, new ArrayList<>()));
    KafkaTestClients.readAllCommitted(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
            topics,
            expected,
            Duration.ofSeconds(60),
            Duration.ofSeconds(1))
        .forEach(record -> byTopic.get(record.topic()).add(record));
    return byTopic;
  }

  private static String rewrapped(String telex) {
    return telex.replace(" by six\nwickets", "\nby six wickets");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
