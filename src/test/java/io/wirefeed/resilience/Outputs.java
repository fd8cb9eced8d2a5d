package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.embedded.KafkaTestClients;
import io.wirefeed.serde.ConfluentAvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** The three output topics as read with {@code read_committed}, decoded through the registry. */
record Outputs(
    List<ConsumerRecord<byte[], Story>> stories, List<Duplicate> duplicates, List<Reject> rejects) {

  private static final List<String> TOPICS =
      List.of("wire.stories", "wire.duplicates", "wire.rejects");

  /**
   * Reads until {@code expected} records arrived (failing after {@code timeout}), then a little
   * longer: anything beyond the expected count would be a record published twice.
   */
  static Outputs readCommitted(
      Map<String, Object> clientConfig, String registryUrl, int expected, Duration timeout) {
    Map<String, Object> serdeConfig = Map.of("schema.registry.url", registryUrl);
    var storySerde = ConfluentAvroSerde.forValues(Story.class, serdeConfig);
    var duplicateSerde = ConfluentAvroSerde.forValues(Duplicate.class, serdeConfig);
    var rejectSerde = ConfluentAvroSerde.forValues(Reject.class, serdeConfig);
    List<ConsumerRecord<byte[], byte[]>> read =
        KafkaTestClients.readAllCommitted(
            clientConfig, TOPICS, expected, timeout, Duration.ofSeconds(2));
    List<ConsumerRecord<byte[], Story>> stories = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (var record : read) {
      switch (record.topic()) {
        case "wire.stories" ->
            stories.add(
                new ConsumerRecord<>(
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.key(),
                    storySerde.deserializer().deserialize(record.topic(), record.value())));
        case "wire.duplicates" ->
            duplicates.add(
                duplicateSerde.deserializer().deserialize(record.topic(), record.value()));
        default ->
            rejects.add(rejectSerde.deserializer().deserialize(record.topic(), record.value()));
      }
    }
    return new Outputs(stories, duplicates, rejects);
  }

  /**
   * Reads the outputs as {@link #readCommitted} does, for as many records as {@code expected} has,
   * and asserts that they account for every message {@code sent} ({@link #assertAccountFor}).
   */
  static Outputs readAccountingFor(
      Map<String, Object> clientConfig,
      String registryUrl,
      List<RecordMetadata> sent,
      Expectation expected,
      Duration timeout) {
    Outputs outputs = readCommitted(clientConfig, registryUrl, expected.outputs(), timeout);
    outputs.assertAccountFor(sent, expected);
    return outputs;
  }

  /**
   * Nothing lost, nothing doubled: one story per distinct hash, the expected rejects, and every
   * message of every input record in exactly one of the three topics.
   */
  void assertAccountFor(List<RecordMetadata> sent, Expectation expected) {
    List<String> storyKeys =
        stories.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    assertThat(storyKeys).as("story keys, each once").doesNotHaveDuplicates();
    assertThat(storyKeys)
        .as("story per distinct content hash")
        .hasSameElementsAs(expected.storyHashes());
    for (var record : stories) {
      assertThat(record.value().getContentHash())
          .isEqualTo(new String(record.key(), StandardCharsets.UTF_8));
    }
    assertThat(rejects).allSatisfy(reject -> assertThat(reject.getReason()).isNotBlank());
    assertThat(rejects.stream().map(r -> at(r.getOrigin(), r.getMessageIndex())).toList())
        .as("rejects")
        .hasSameElementsAs(
            expected.rejectMessages().stream()
                .map(
                    inputAndMessage -> {
                      String[] parts = inputAndMessage.split("#");
                      return at(sent.get(Integer.parseInt(parts[0])), Integer.parseInt(parts[1]));
                    })
                .toList());

    List<String> origins = new ArrayList<>();
    stories.forEach(r -> origins.add(at(r.value().getOrigin(), r.value().getMessageIndex())));
    duplicates.forEach(d -> origins.add(at(d.getOrigin(), d.getMessageIndex())));
    rejects.forEach(r -> origins.add(at(r.getOrigin(), r.getMessageIndex())));
    Map<String, Long> timesSeen =
        origins.stream()
            .collect(Collectors.groupingBy(o -> o, HashMap::new, Collectors.counting()));
    List<String> twice =
        timesSeen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    assertThat(twice).as("inputs accounted for more than once").isEmpty();
    List<String> sentMessages = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      for (int message = 0; message < expected.messagesPerInput().get(i); message++) {
        sentMessages.add(at(sent.get(i), message));
      }
    }
    List<String> missing = sentMessages.stream().filter(o -> !timesSeen.containsKey(o)).toList();
    assertThat(missing).as("input messages in no output topic").isEmpty();
    assertThat(origins).hasSize(sentMessages.size());
  }

  int total() {
    return stories.size() + duplicates.size() + rejects.size();
  }

  /** One framed message of one raw record: partition, offset and position in the record. */
  private static String at(Origin origin, int messageIndex) {
    return origin.getPartition() + "@" + origin.getOffset() + "#" + messageIndex;
  }

  private static String at(RecordMetadata sent, int messageIndex) {
    return sent.partition() + "@" + sent.offset() + "#" + messageIndex;
  }
}
