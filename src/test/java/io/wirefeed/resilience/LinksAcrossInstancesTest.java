package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.StoryLink;
import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.embedded.KafkaTestClients;
import io.wirefeed.link.LinkRule;
import io.wirefeed.link.LinkSettings;
import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Signature;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.testfeeds.FeedTransformations;
import io.wirefeed.testfeeds.WireFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processors over three partitions, fed near-duplicate families whose members land on different
 * partitions: every pair the link rule accepts is on wire.links exactly once, also when one
 * instance is SIGKILLed mid-stream and restarted.
 */
class LinksAcrossInstancesTest {

  /** Three band partitions: each story's band record is multicast, and band tasks are spread. */
  @Test
  void everyExpectedLinkExactlyOnceWithTwoInstances(@TempDir Path dir) throws Exception {
    run(dir, false, "3");
  }

  @Test
  void everyExpectedLinkExactlyOnceWhenOneInstanceIsKilledMidStream(@TempDir Path dir)
      throws Exception {
    run(dir, true, "1");
  }

  private static void run(Path dir, boolean crash, String linkPartitions) throws Exception {
    List<byte[]> feed = feed();
    Set<String> expected = expectedLinks(feed);
    assertThat(expected).as("near-duplicate pairs in the feed").hasSizeGreaterThan(50);
    try (var broker = Cluster.threePartitionBroker();
        var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      String bootstrap = broker.bootstrapServers();
      Map<String, String> settingsA =
          Cluster.processorSettings(bootstrap, registry.url(), dir, "a");
      Map<String, String> settingsB =
          Cluster.processorSettings(bootstrap, registry.url(), dir, "b");
      settingsA.put("link.partitions", linkPartitions);
      settingsB.put("link.partitions", linkPartitions);
      var a = ProcessorJvm.launch(dir, "a", settingsA);
      try (var b = ProcessorJvm.launch(dir, "b", settingsB)) {
        a.awaitRunning(Duration.ofSeconds(90));
        b.awaitRunning(Duration.ofSeconds(90));
        var sender = FeedSender.start(Cluster.clientConfig(broker), feed, Duration.ofSeconds(10));
        if (crash) {
          Awaitility.await("links flowing")
              .atMost(Duration.ofSeconds(60))
              .until(() -> registry.store().subjects().contains("wire.links-value"));
          a.kill();
          a.close();
          a = ProcessorJvm.launch(dir, "a-again", settingsA);
          a.awaitRunning(Duration.ofSeconds(120));
        }
        sender.landed(Duration.ofMinutes(5));
        List<StoryLink> links = readLinks(broker, registry.url(), expected.size());
        List<String> pairs = links.stream().map(LinksAcrossInstancesTest::pair).toList();
        assertThat(pairs).as("links, each once").doesNotHaveDuplicates();
        assertThat(pairs).as("links").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(links)
            .allSatisfy(
                link ->
                    assertThat(link.getReceivedAt()).isAfterOrEqualTo(link.getLinkedReceivedAt()));
        assertThat(b.isAlive()).as(b.output()).isTrue();
      } finally {
        a.close();
      }
    }
  }

  /** An unordered pair of hashes. */
  private static String pair(StoryLink link) {
    return pair(link.getContentHash(), link.getLinkedContentHash());
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
  }

  /** Our originals and their relayed copies, shuffled among generated wire stories. */
  private static List<byte[]> feed() {
    List<byte[]> feed = new ArrayList<>(WireFeed.generate(400, 15L, 0.2));
    for (String original : FeedTransformations.ORIGINALS) {
      feed.addAll(FeedTransformations.family(original));
    }
    Collections.shuffle(feed, new Random(15L));
    return feed;
  }

  /** The pairs among the distinct stories of the feed that the link rule accepts. */
  private static Set<String> expectedLinks(List<byte[]> feed) {
    var parser = new WireMessageParser(ParseLimits.DEFAULTS);
    var hasher = new MinHasher(LinkSettings.DEFAULTS);
    var rule = new LinkRule(LinkSettings.DEFAULTS);
    Map<String, Signature> signatures = new LinkedHashMap<>();
    for (byte[] input : feed) {
      for (MessageResult message : parser.parseAll(input)) {
        if (message.result() instanceof ParseResult.Parsed parsed) {
          hasher
              .signature(parsed.story())
              .ifPresent(s -> signatures.putIfAbsent(ContentHash.of(parsed.story()), s));
        }
      }
    }
    List<Map.Entry<String, Signature>> stories = new ArrayList<>(signatures.entrySet());
    Set<String> pairs = new TreeSet<>();
    for (int i = 0; i < stories.size(); i++) {
      for (int j = i + 1; j < stories.size(); j++) {
        if (rule.links(stories.get(i).getValue(), stories.get(j).getValue())) {
          pairs.add(pair(stories.get(i).getKey(), stories.get(j).getKey()));
        }
      }
    }
    return pairs;
  }

  /** wire.links with read_committed until the expected count, then a little longer. */
  private static List<StoryLink> readLinks(
      EmbeddedKafkaBroker broker, String registryUrl, int expected) {
    var deserializer =
        ConfluentAvroSerde.forValues(StoryLink.class, Map.of("schema.registry.url", registryUrl))
            .deserializer();
    return KafkaTestClients.readAllCommitted(
            Cluster.clientConfig(broker),
            List.of("wire.links"),
            expected,
            Duration.ofSeconds(120),
            Duration.ofSeconds(3))
        .stream()
        .map(record -> deserializer.deserialize(record.topic(), record.value()))
        .toList();
  }
}
