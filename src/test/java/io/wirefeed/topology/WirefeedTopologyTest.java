package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.dedup.DedupProcessor;
import io.wirefeed.dedup.FirstSeen;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.serde.SchemaRegistryClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirefeedTopologyTest {

  private static final Instant T0 = Instant.parse("2026-11-02T08:26:00Z");

  private static final String STORY =
      """
      ZCZC
      BFF-12
      PORT-STRIKE
      Dockers walk out at Chittagong over pay

      CHITTAGONG, Nov 2, 2026 (BSS/AFP) – Dock workers at Chittagong walked out on
      Monday, halting the loading of container ships at the country’s main port.

      Union leaders said the strike would last until wages were raised.

      BSS/AFP/GMR/0826 hrs
      NNNN
      """;

  /** The same story re-wrapped, with CRLF line ends, straight quotes and a new sign-off time. */
  private static final String RESEND =
      """
      ZCZC
      BFF-12
      PORT-STRIKE
      Dockers walk out at Chittagong over pay

      CHITTAGONG, Nov 2, 2026 (BSS/AFP) – Dock workers at Chittagong walked
      out on Monday, halting the loading of container ships at the country's
      main port.

      Union leaders said the strike would last until wages were
      raised.

      BSS/AFP/GMR/0911 hrs
      NNNN
      """
          .replace("\n", "\r\n");

  private static final String OTHER_STORY =
      """
      ZCZC
      BFF-13
      CYCLONE-WARNING
      Cyclone warning raised for coastal districts

      DHAKA, Nov 2, 2026 (BSS) – The weather office raised a danger signal for
      coastal districts on Monday as a cyclone moved over the Bay of Bengal.

      BSS/GMR/0930 hrs
      NNNN
      """;

  private final String registryScope = "topology-test-" + UUID.randomUUID();
  private final Map<String, String> serdeConfig =
      Map.of("schema.registry.url", "mock://" + registryScope);
  @TempDir Path stateDir;
  private TopologyConfig config;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, Story> stories;
  private TestOutputTopic<String, Duplicate> duplicates;
  private TestOutputTopic<byte[], Reject> rejects;

  @BeforeEach
  void start() {
    config = TestDrivers.config(Duration.ofDays(7), serdeConfig);
    driver = TestDrivers.start(WirefeedTopology.build(config), stateDir);
    raw = driver.createInputTopic("wire.raw", new ByteArraySerializer(), new ByteArraySerializer());
    stories = TestDrivers.avroOutput(driver, "wire.stories", Story.class, serdeConfig);
    duplicates = TestDrivers.avroOutput(driver, "wire.duplicates", Duplicate.class, serdeConfig);
    rejects =
        driver.createOutputTopic(
            "wire.rejects",
            Serdes.ByteArray().deserializer(),
            ConfluentAvroSerde.forValues(Reject.class, serdeConfig).deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
    SchemaRegistryClients.dropScope(registryScope);
  }

  @Test
  void publishesAParsedStoryKeyedByItsContentHash() {
    send("a", STORY, T0);

    TestRecord<String, Story> published = stories.readRecord();
    Story story = published.value();
    assertThat(published.key()).isEqualTo(story.getContentHash()).hasSize(64);
    assertThat(story.getSlug()).isEqualTo("PORT-STRIKE");
    assertThat(story.getHeadline()).isEqualTo("Dockers walk out at Chittagong over pay");
    assertThat(story.getReceivedAt()).isEqualTo(T0);
    assertThat(story.getOrigin().getTopic()).isEqualTo("wire.raw");
    assertThat(story.getOrigin().getOffset()).isZero();
    assertThat(stories.isEmpty()).isTrue();
    assertThat(duplicates.isEmpty()).isTrue();
    assertThat(rejects.isEmpty()).isTrue();
  }

  @Test
  void aResendGoesToDuplicatesWithWhereTheFirstCopyWasRead() {
    send("a", STORY, T0);
    send("b", RESEND, T0.plusSeconds(60));

    Story first = stories.readValue();
    assertThat(stories.isEmpty()).isTrue();
    TestRecord<String, Duplicate> dropped = duplicates.readRecord();
    assertThat(dropped.key()).isEqualTo(first.getContentHash());
    Duplicate duplicate = dropped.value();
    assertThat(duplicate.getContentHash()).isEqualTo(first.getContentHash());
    assertThat(duplicate.getOrigin().getOffset()).isEqualTo(1L);
    assertThat(duplicate.getReceivedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(duplicate.getFirstOrigin().getOffset()).isZero();
    assertThat(duplicate.getFirstSeenAt()).isEqualTo(T0);
    assertThat(duplicate.getSlug()).isEqualTo("PORT-STRIKE");
  }

  @Test
  void differentStoriesAreBothPublished() {
    send("a", STORY, T0);
    send("b", OTHER_STORY, T0.plusSeconds(1));

    List<Story> published = stories.readValuesToList();
    assertThat(published)
        .extracting(Story::getSlug)
        .containsExactly("PORT-STRIKE", "CYCLONE-WARNING");
    assertThat(published.get(0).getContentHash()).isNotEqualTo(published.get(1).getContentHash());
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void malformedInputGoesToRejectsWithItsRawBytesKeyAndReason() {
    byte[] binary = {'Z', 'C', 'Z', 'C', 0, 1, 2, 3};
    raw.pipeInput(new TestRecord<>("bin".getBytes(StandardCharsets.UTF_8), binary, T0));
    send("empty", "   \n  ", T0);

    List<TestRecord<byte[], Reject>> rejected = rejects.readRecordsToList();
    assertThat(rejected).hasSize(2);
    Reject first = rejected.get(0).value();
    assertThat(rejected.get(0).key()).isEqualTo("bin".getBytes(StandardCharsets.UTF_8));
    assertThat(bytes(first.getRawValue())).isEqualTo(binary);
    assertThat(bytes(first.getRawKey())).isEqualTo("bin".getBytes(StandardCharsets.UTF_8));
    assertThat(first.getReason()).containsIgnoringCase("binary");
    assertThat(first.getOrigin().getOffset()).isZero();
    assertThat(first.getReceivedAt()).isEqualTo(T0);
    assertThat(rejected.get(1).value().getReason()).isEqualTo("whitespace-only message");
    assertThat(stories.isEmpty()).isTrue();
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void aNullValueIsRejectedNotLost() {
    raw.pipeInput(new TestRecord<>("tombstone".getBytes(StandardCharsets.UTF_8), null, T0));

    Reject reject = rejects.readValue();
    assertThat(reject.getRawValue()).isNull();
    assertThat(reject.getReason()).isNotBlank();
  }

  @Test
  void everyInputLandsInExactlyOneOutput() {
    List<String> inputs =
        List.of(STORY, RESEND, "", OTHER_STORY, STORY, "\u0000", RESEND, STORY + "ZCZC\n");
    for (int i = 0; i < inputs.size(); i++) {
      send("m" + i, inputs.get(i), T0.plusSeconds(i));
    }

    List<String> accounted = new java.util.ArrayList<>();
    stories
        .readValuesToList()
        .forEach(s -> accounted.add(s.getOrigin().getOffset() + "/" + s.getMessageIndex()));
    duplicates.readValuesToList().forEach(d -> accounted.add(d.getOrigin().getOffset() + "/0"));
    rejects
        .readValuesToList()
        .forEach(r -> accounted.add(r.getOrigin().getOffset() + "/" + r.getMessageIndex()));
    assertThat(accounted)
        .containsExactlyInAnyOrder("0/0", "1/0", "2/0", "3/0", "4/0", "5/0", "6/0", "7/0", "7/1");
  }

  @Test
  void aRecordHoldingThreeMessagesGivesTwoStoriesAndOneRejectInOrder() {
    String broken = "ZCZC\nBFF-14\nEMPTY-STORY\n\nNNNN\n";
    String record = "line noise\n" + STORY + broken + OTHER_STORY;
    int brokenOffset = ("line noise\n" + STORY).getBytes(StandardCharsets.UTF_8).length;
    int otherOffset = brokenOffset + broken.length();

    send("multi", record, T0);

    List<Story> published = stories.readValuesToList();
    assertThat(published)
        .extracting(Story::getSlug, Story::getMessageIndex, Story::getMessageOffset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PORT-STRIKE", 0, 0),
            org.assertj.core.groups.Tuple.tuple("CYCLONE-WARNING", 2, otherOffset));
    assertThat(published).allSatisfy(s -> assertThat(s.getOrigin().getOffset()).isZero());
    Reject reject = rejects.readValue();
    assertThat(reject.getMessageIndex()).isEqualTo(1);
    assertThat(reject.getMessageOffset()).isEqualTo(brokenOffset);
    assertThat(reject.getFormat()).isEqualTo("ZCZC");
    assertThat(reject.getReason()).isEqualTo("ZCZC telex message has no body");
    assertThat(new String(bytes(reject.getRawValue()), StandardCharsets.UTF_8)).isEqualTo(broken);
    assertThat(bytes(reject.getRawKey())).isEqualTo("multi".getBytes(StandardCharsets.UTF_8));
    assertThat(rejects.isEmpty()).isTrue();
    assertThat(duplicates.isEmpty()).isTrue();
  }

  @Test
  void aRecordThatFramesToNothingIsRejectedWhole() {
    byte[] junk = {'\r', '\n', 0x7F, 0x7F, ' ', '\n'};
    raw.pipeInput(new TestRecord<>("junk".getBytes(StandardCharsets.UTF_8), junk, T0));

    Reject reject = rejects.readValue();
    assertThat(bytes(reject.getRawValue())).isEqualTo(junk);
    assertThat(reject.getMessageIndex()).isZero();
    assertThat(rejects.isEmpty()).isTrue();
  }

  @Test
  void aCopyArrivingAfterTheRetentionWindowIsPublishedAgain() {
    send("a", STORY, T0);
    send("b", RESEND, T0.plus(Duration.ofDays(7)).minusSeconds(1));
    send("c", RESEND, T0.plus(Duration.ofDays(7)).plusSeconds(1));

    assertThat(stories.readValuesToList())
        .extracting(s -> s.getOrigin().getOffset())
        .containsExactly(0L, 2L);
    assertThat(duplicates.readValuesToList())
        .extracting(d -> d.getOrigin().getOffset())
        .containsExactly(1L);
  }

  @Test
  void expiredHashesArePurgedFromTheStore() {
    send("a", STORY, T0);
    KeyValueStore<Bytes, FirstSeen> store = driver.getKeyValueStore(WirefeedTopology.DEDUP_STORE);
    Bytes hash = DedupProcessor.storeKey(stories.readValue().getContentHash());
    assertThat(store.get(hash)).isNotNull();

    send("b", OTHER_STORY, T0.plus(Duration.ofDays(8)));

    assertThat(store.get(hash)).isNull();
    assertThat(store.approximateNumEntries()).isEqualTo(1L);
    assertThat(expiryIndex().approximateNumEntries())
        .as("the index follows the store")
        .isEqualTo(1L);
  }

  @Test
  void aCopyPublishedAgainAfterTheWindowIsIndexedOnceAtItsNewTime() {
    send("a", STORY, T0);
    // Past the window, but before any purge has run: the stale entry is replaced.
    send("b", RESEND, T0.plus(Duration.ofDays(7)).plusSeconds(1));
    assertThat(stories.readValuesToList()).hasSize(2);
    assertThat(expiryIndex().approximateNumEntries()).isEqualTo(1L);

    send("c", OTHER_STORY, T0.plus(Duration.ofDays(8)));
    send("d", STORY, T0.plus(Duration.ofDays(8)).plusSeconds(2));

    assertThat(duplicates.readValuesToList())
        .as("the purge at day 8 kept the entry first seen at day 7")
        .extracting(d -> d.getFirstOrigin().getOffset())
        .containsExactly(1L);
  }

  @Test
  void aStoryIsPublishedAsTheBytesItsParseStepWroteForTheStoriesSubject() {
    TestOutputTopic<String, byte[]> storyBytes = bytesOn("wire.stories");
    TestOutputTopic<String, byte[]> repartitioned =
        bytesOn("wirefeed-topology-test-" + WirefeedTopology.REPARTITION + "-repartition");
    TestRecord<byte[], byte[]> input =
        new TestRecord<>(
            "a".getBytes(StandardCharsets.UTF_8), STORY.getBytes(StandardCharsets.UTF_8), T0);
    input.headers().add("trace-id", new byte[] {7});
    raw.pipeInput(input);

    TestRecord<String, byte[]> hop = repartitioned.readRecord();
    TestRecord<String, byte[]> published = storyBytes.readRecord();
    assertThat(published.value())
        .as("the repartition topic's bytes, unchanged")
        .isEqualTo(hop.value());
    var registry = SchemaRegistryClients.mockScope(registryScope);
    assertThat(registry.store().subjects())
        .as("no subject for the repartition topic")
        .containsExactly("wire.stories-value");
    int storiesId = registry.store().version("wire.stories-value", 1).id();
    assertThat(java.nio.ByteBuffer.wrap(published.value()).get(0)).isZero();
    assertThat(java.nio.ByteBuffer.wrap(published.value()).getInt(1)).isEqualTo(storiesId);
    // The pipeline's own serde settings, defaults included.
    var serde = ConfluentAvroSerde.forValues(Story.class, config.serdeConfig());
    Story story = serde.deserializer().deserialize("wire.stories", published.value());
    assertThat(serde.serializer().serialize("wire.stories", story))
        .as("what the stories topic's own serializer writes for the same story")
        .isEqualTo(published.value());
    assertThat(published.headers().toArray())
        .as("the raw record's headers go on; the internal one does not")
        .extracting(header -> header.key())
        .containsExactly("trace-id");
  }

  @Test
  void aStoryAnEarlierVersionLeftInTheRepartitionTopicIsStillPublished() {
    String repartition = "wirefeed-topology-test-" + WirefeedTopology.REPARTITION + "-repartition";
    send("a", OTHER_STORY, T0);
    // A story the new version has not seen, as an earlier version wrote it to the repartition
    // topic: whole, for that topic's own subject, and without the wirefeed.seen header.
    Story story = stories.readValue();
    story.setContentHash("ab".repeat(32));
    story.setOrigin(new io.wirefeed.avro.Origin("wire.raw", 0, 5L));
    story.setMessageIndex(1);
    // The pipeline's own serde settings, defaults included.
    var serde = ConfluentAvroSerde.forValues(Story.class, config.serdeConfig());
    TestOutputTopic<String, byte[]> storyBytes = bytesOn("wire.stories");

    driver
        .createInputTopic(
            repartition, Serdes.String().serializer(), Serdes.ByteArray().serializer())
        .pipeInput(story.getContentHash(), serde.serializer().serialize(repartition, story), T0);

    TestRecord<String, byte[]> published = storyBytes.readRecord();
    assertThat(published.value()).isEqualTo(serde.serializer().serialize("wire.stories", story));
    assertThat(published.headers().toArray()).isEmpty();
    KeyValueStore<Bytes, FirstSeen> store = driver.getKeyValueStore(WirefeedTopology.DEDUP_STORE);
    assertThat(store.get(DedupProcessor.storeKey(story.getContentHash())))
        .as("remembered where it was read")
        .isEqualTo(new FirstSeen(0, 5L, 1, T0.toEpochMilli()));
  }

  @Test
  void aDuplicateCarriesNoInternalHeader() {
    TestOutputTopic<String, byte[]> duplicateBytes = bytesOn("wire.duplicates");
    send("a", STORY, T0);
    send("b", RESEND, T0.plusSeconds(60));

    assertThat(duplicateBytes.readRecord().headers().toArray()).isEmpty();
  }

  /** The topic's records as they are, undecoded. */
  private TestOutputTopic<String, byte[]> bytesOn(String topic) {
    return driver.createOutputTopic(
        topic, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
  }

  private KeyValueStore<Bytes, byte[]> expiryIndex() {
    return driver.getKeyValueStore(WirefeedTopology.DEDUP_EXPIRY_INDEX);
  }

  private void send(String key, String value, Instant timestamp) {
    raw.pipeInput(
        new TestRecord<>(
            key.getBytes(StandardCharsets.UTF_8),
            value.getBytes(StandardCharsets.UTF_8),
            timestamp));
  }

  private static byte[] bytes(java.nio.ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }
}
