package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaExtension;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.runtime.WirefeedProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** tail and stats against the processor's output for the sample feed, on one broker. */
class TailAndStatsTest {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbeddedSchemaRegistry registry;
  private static WirefeedProcessor processor;
  private static Path stateDir;

  @BeforeAll
  static void processTheSampleFeed() throws Exception {
    registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0);
    stateDir = Files.createTempDirectory("wirefeed-tools-");
    WirefeedConfig config =
        WirefeedConfig.from(
            Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", registry.url(),
                "application.id", "wirefeed-tools",
                "state.dir", stateDir.toString(),
                "topics.partitions", "1",
                "topics.replication.factor", "1",
                "commit.interval.ms", "100"));
    processor = WirefeedProcessor.start(config);
    FeedProducer.send(kafka.bootstrapServers(), "wire.raw", FeedMessage.sampleFeed(), 8 << 20);
    Awaitility.await("sample feed processed and committed")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> stats().out().contains("lag of group wirefeed-tools on wire.raw: 0 ("));
  }

  @AfterAll
  static void stop() {
    processor.close();
    registry.close();
  }

  @Test
  void statsCountsAgenciesFormatsDuplicatesRejectsAndLag() {
    CommandRun stats = stats();

    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.out())
        .contains("stories     6\n", "rejects     3\n")
        .contains("duplicates  4  (duplicate rate 40.0% of 10 parsed stories)")
        .contains("  BSS/AFP      2\n", "  ZCZC        3\n")
        .containsPattern("  ZCZC telex message has no body +1\n")
        .contains("lag of group wirefeed-tools on wire.raw: 0 (partition 0: committed 13, end 13)");
  }

  @Test
  void tailDecodesTheSeedLinkAndStatsCountsIt() {
    Awaitility.await("the seed pair linked")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> stats().out().contains("links       1  "));

    CommandRun tail = tail("links", "--from-beginning");

    assertThat(tail.exitCode()).as(tail.err()).isZero();
    assertThat(tail.out().lines()).hasSize(1);
    assertThat(tail.out().strip())
        .matches(
            "\\S+  link       [0-9a-f]{12}  ~ [0-9a-f]{12}  0\\.\\d\\d"
                + "  \\(containment 0\\.\\d\\d, cluster [0-9a-f]{12}\\)");
    assertThat(stats().out())
        .contains("links       1  (near-duplicate pairs among 6 published stories)");
  }

  @Test
  void tailPrintsOneReadableLinePerStory() {
    CommandRun tail = tail("stories", "--from-beginning");

    assertThat(tail.exitCode()).as(tail.err()).isZero();
    List<String> lines = tail.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  story .*")
        .contains("BSS/AFP  RUSSIA-NKOREA-SUMMIT  ")
        .endsWith("N.Korea’s Kim, Putin to hold first talks in Russia’s Far East");
    assertThat(lines.get(1))
        .as("no headline: the start of the body")
        .contains("  -  -  ")
        .endsWith("…");
  }

  @Test
  void rejectsShowTheReasonAndASafePreviewOfTheRawBytes() {
    CommandRun tail = tail("rejects", "--from-beginning", "--grep", "NUL");

    assertThat(tail.exitCode()).as(tail.err()).isZero();
    assertThat(tail.out().lines().toList())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("reject", "wire.raw/0@")
                    .contains("\\u0000")
                    .matches(".*\\(\\d+ bytes\\)$")
                    .doesNotContain("\0"));
  }

  @Test
  void jsonLinesFilteredByAgencyAndBoundedByMax() throws Exception {
    CommandRun tail =
        tail("duplicates", "--from-beginning", "--json", "--agency", "bss", "--max", "2");

    assertThat(tail.exitCode()).as(tail.err()).isZero();
    List<String> lines = tail.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("kind").asText()).isEqualTo("duplicate");
    assertThat(first.get("record").get("agency").asText()).isEqualTo("BSS");
    assertThat(first.get("record").get("contentHash").asText())
        .isEqualTo(first.get("key").asText());
  }

  @Test
  void withoutFromBeginningOrFollowNothingIsPrinted() {
    CommandRun tail = tail("stories");

    assertThat(tail.exitCode()).as(tail.err()).isZero();
    assertThat(tail.out()).isEmpty();
  }

  @Test
  void aTopicThatIsNotAvroIsOneLine() {
    CommandRun tail = tail("wire.raw", "--from-beginning");

    assertThat(tail.exitCode()).isEqualTo(1);
    assertThat(tail.err().strip())
        .startsWith("wirefeed: wire.raw/0@0 is not Confluent-framed Avro")
        .doesNotContain("\n");
  }

  private static CommandRun tail(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "tail";
    all[1] = "--bootstrap-server";
    all[2] = kafka.bootstrapServers();
    all[3] = "--registry-url";
    all[4] = registry.url();
    System.arraycopy(args, 0, all, 5, args.length);
    return CommandRun.of(all);
  }

  private static CommandRun stats() {
    return CommandRun.of(
        "stats",
        "--bootstrap-server",
        kafka.bootstrapServers(),
        "--registry-url",
        registry.url(),
        "--application-id",
        "wirefeed-tools");
  }
}
