package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.StoryLink;
import io.wirefeed.parse.Fixtures;
import io.wirefeed.serde.SchemaRegistryClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.BytesDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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

/** The link stage in the whole topology: what reaches wire.links, and what does not. */
class LinkTopologyTest {

  private static final Instant T0 = Instant.parse("2026-11-02T08:26:00Z");
  private static final Duration RETENTION = Duration.ofDays(7);
  private static final String SEED_RAW = "/sample-feed/01-003_be4688365d14eba1.txt";
  private static final String SEED_CLEANED = "/sample-feed/02-000_e0efc4075075a759.txt";

  private final String registryScope = "link-topology-test-" + UUID.randomUUID();
  private final Map<String, String> serdeConfig =
      Map.of("schema.registry.url", "mock://" + registryScope);
  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<String, Story> stories;
  private TestOutputTopic<String, Duplicate> duplicates;
  private TestOutputTopic<String, StoryLink> links;

  @BeforeEach
  void start() {
    TopologyConfig config = TestDrivers.config(RETENTION, serdeConfig);
    driver = TestDrivers.start(WirefeedTopology.build(config), stateDir);
    raw = driver.createInputTopic("wire.raw", new ByteArraySerializer(), new ByteArraySerializer());
    stories = TestDrivers.avroOutput(driver, "wire.stories", Story.class, serdeConfig);
    duplicates = TestDrivers.avroOutput(driver, "wire.duplicates", Duplicate.class, serdeConfig);
    links = TestDrivers.avroOutput(driver, "wire.links", StoryLink.class, serdeConfig);
  }

  @AfterEach
  void stop() {
    driver.close();
    SchemaRegistryClients.dropScope(registryScope);
  }

  @Test
  void theSeedPairIsLinkedOnceFromTheNewerToTheEarlierStory() {
    send(Fixtures.bytes(SEED_RAW), T0);
    send(Fixtures.bytes(SEED_CLEANED), T0.plusSeconds(30));

    List<Story> published = stories.readValuesToList();
    assertThat(published).hasSize(2);
    TestRecord<String, StoryLink> record = links.readRecord();
    StoryLink link = record.value();
    assertThat(record.key()).isEqualTo(published.get(1).getContentHash());
    assertThat(link.getContentHash()).isEqualTo(published.get(1).getContentHash());
    assertThat(link.getLinkedContentHash()).isEqualTo(published.get(0).getContentHash());
    assertThat(link.getClusterId()).isEqualTo(published.get(0).getContentHash());
    assertThat(link.getSimilarity()).isBetween(0.6, 0.8);
    assertThat(link.getContainment()).isGreaterThan(0.85);
    assertThat(link.getOrigin().getOffset()).isEqualTo(1L);
    assertThat(link.getLinkedOrigin().getOffset()).isZero();
    assertThat(link.getReceivedAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(link.getLinkedReceivedAt()).isEqualTo(T0);
    assertThat(link.getLinkedAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(links.isEmpty()).isTrue();
  }

  @Test
  void storiesAndDuplicatesDoNotCarryTheSignatureHeader() {
    byte[] story = Fixtures.bytes(SEED_RAW);
    send(story, T0);
    send(story, T0.plusSeconds(1));

    assertThat(stories.readRecord().headers().lastHeader(LinkedStory.HEADER)).isNull();
    assertThat(duplicates.readRecord().headers().lastHeader(LinkedStory.HEADER)).isNull();
    assertThat(links.isEmpty()).as("an exact duplicate is not linked").isTrue();
  }

  @Test
  void aThirdCopyLinksToBothAndJoinsTheFirstStorysCluster() {
    send(Fixtures.bytes(SEED_RAW), T0);
    send(Fixtures.bytes(SEED_CLEANED), T0.plusSeconds(30));
    send(
        (new String(Fixtures.bytes(SEED_CLEANED), StandardCharsets.UTF_8) + "\nAn added last line.")
            .getBytes(StandardCharsets.UTF_8),
        T0.plusSeconds(60));

    List<Story> published = stories.readValuesToList();
    List<StoryLink> linked = links.readValuesToList();
    assertThat(linked)
        .extracting(StoryLink::getContentHash, StoryLink::getLinkedContentHash)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(hash(published, 1), hash(published, 0)),
            org.assertj.core.groups.Tuple.tuple(hash(published, 2), hash(published, 0)),
            org.assertj.core.groups.Tuple.tuple(hash(published, 2), hash(published, 1)));
    assertThat(linked).allSatisfy(l -> assertThat(l.getClusterId()).isEqualTo(hash(published, 0)));
  }

  @Test
  void differentStoriesAndStoriesBelowTheThresholdAreNotLinked() {
    List<String> unrelated =
        List.of(
            "/sample-feed/03-port-strike-telex.txt",
            "/sample-feed/04-cyclone-warning-plain.txt",
            "/io/wirefeed/link/evaluation/boilerplate-a-school-meals.txt",
            "/io/wirefeed/link/evaluation/boilerplate-b-rural-buses.txt",
            "/io/wirefeed/link/evaluation/template-market-report-monday.txt",
            "/io/wirefeed/link/evaluation/template-market-report-tuesday.txt");
    for (int i = 0; i < unrelated.size(); i++) {
      send(Fixtures.bytes(unrelated.get(i)), T0.plusSeconds(i));
    }

    assertThat(stories.readValuesToList()).hasSize(6);
    assertThat(links.isEmpty()).isTrue();
  }

  @Test
  void storiesFurtherApartThanTheRetentionAreNotLinkedAndExpiredEntriesArePurged() {
    send(Fixtures.bytes(SEED_RAW), T0);
    String first = stories.readValue().getContentHash();
    KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(WirefeedTopology.LINK_STORE);
    assertThat(count(store)).as("one entry per story").isEqualTo(1);
    long recorded = T0.toEpochMilli();

    send(Fixtures.bytes(SEED_CLEANED), T0.plus(RETENTION).plusSeconds(1));

    assertThat(links.isEmpty()).isTrue();
    assertThat(new BandStore(store).get(recorded, BandStore.hashBytes(first))).isNull();
    assertThat(count(store)).as("only the second story's entry").isEqualTo(1);
  }

  @Test
  void theBandStoreIsKeptInMemoryAndEachStoryIsOneChangelogRecordWithTheBandRecordsBytes() {
    send(Fixtures.bytes(SEED_RAW), T0);
    send(Fixtures.bytes(SEED_CLEANED), T0.plusSeconds(30));

    assertThat(driver.getAllStateStores().get(WirefeedTopology.LINK_STORE).persistent())
        .as("no RocksDB put per story nor memtable flush per commit")
        .isFalse();
    List<TestRecord<Bytes, byte[]>> changelog =
        internalRecords(WirefeedTopology.LINK_STORE + "-changelog", new BytesDeserializer());
    List<TestRecord<String, byte[]>> bandRecords =
        internalRecords(
            WirefeedTopology.LINK_REPARTITION + "-repartition", new StringDeserializer());
    assertThat(changelog).hasSize(2);
    assertThat(bandRecords).hasSize(2);
    for (int i = 0; i < 2; i++) {
      byte[] entry = changelog.get(i).value();
      byte[] band = bandRecords.get(i).value();
      assertThat(Arrays.copyOfRange(entry, entry.length - band.length, entry.length))
          .as("the store value ends with the band record's value as it came, not encoded again")
          .isEqualTo(band);
    }
    assertThat(links.readValuesToList()).hasSize(1);
  }

  @Test
  void storiesWithinTheRetentionAreLinkedEvenIfTheyArriveOutOfTimeOrder() {
    send(Fixtures.bytes(SEED_CLEANED), T0.plus(RETENTION).minusSeconds(1));
    send(Fixtures.bytes(SEED_RAW), T0);

    List<Story> published = stories.readValuesToList();
    StoryLink link = links.readValue();
    assertThat(link.getContentHash()).isEqualTo(published.get(0).getContentHash());
    assertThat(link.getLinkedContentHash()).isEqualTo(published.get(1).getContentHash());
  }

  private static String hash(List<Story> published, int index) {
    return published.get(index).getContentHash();
  }

  /** What the topology wrote to one of its internal topics, named without the application id. */
  private <K> List<TestRecord<K, byte[]>> internalRecords(String topic, Deserializer<K> keys) {
    return driver
        .createOutputTopic("wirefeed-topology-test-" + topic, keys, new ByteArrayDeserializer())
        .readRecordsToList();
  }

  private static long count(KeyValueStore<Bytes, byte[]> store) {
    long n = 0;
    try (var all = store.all()) {
      while (all.hasNext()) {
        all.next();
        n++;
      }
    }
    return n;
  }

  private void send(byte[] value, Instant timestamp) {
    raw.pipeInput(new TestRecord<>(null, value, timestamp));
  }
}
