package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaExtension;
import io.wirefeed.runtime.StreamsApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** tail and stats against the processor's output for the sample feed, on one broker. */
class TailAndStatsTest {

  @RegisterExtension
  static final EmbeddedKafkaExtension kafka = EmbeddedKafkaExtension.withSchemaRegistry();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static StreamsApplication processor;
  private static Path stateDir;

  @BeforeAll
  static void processTheSampleFeed() throws Exception {
    stateDir = Files.createTempDirectory("wirefeed-tools-");
    WirefeedConfig config =
        WirefeedConfig.from(kafka.processorSettings("wirefeed-tools", stateDir));
    processor = StreamsApplication.start(config);
    FeedProducer.send(kafka.bootstrapServers(), "wire.raw", FeedMessage.sampleFeed(), 8 << 20);
    Awaitility.await("sample feed processed and committed")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> stats().out().contains("lag of group wirefeed-tools on wire.raw: 0 ("));
  }

  @AfterAll
  static void stop() {
    processor.close();
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
  void statsForAGroupWithoutCommittedOffsetsSaysSoInsteadOfALag() {
    CommandRun stats = stats("no-such-group");

    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.out())
        .contains(
            "lag of group no-such-group on wire.raw: unknown, the group has no committed offsets"
                + " there (no such group, or it has not committed yet)")
        .doesNotContain("lag of group no-such-group on wire.raw: 13");
  }

  @Test
  void anUnreachableRegistryIsNamedAsSuchNotBlamedOnTheData() {
    CommandRun tail =
        CommandRun.of(
            "tail",
            "--bootstrap-server",
            kafka.bootstrapServers(),
            "--registry-url",
            "http://127.0.0.1:1",
            "-X",
            "schema.registry.retry.max.ms=0",
            "stories",
            "--from-beginning");

    tail.assertOneLineError(1)
        .startsWith("wirefeed: the Schema Registry at http://127.0.0.1:1 cannot be reached (")
        .contains("check --registry-url (or schema.registry.url), that the registry runs")
        .doesNotContain("Confluent-framed");
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
  void withoutFromBeginningItWaitsForNewRecordsAsKcatDoes() throws Exception {
    kafka.broker().createTopic("tail.follow", 1, Map.of());
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    var exitCode = new CompletableFuture<Integer>();
    Thread tail =
        new Thread(
            () ->
                exitCode.complete(
                    commandLine.execute(
                        "tail",
                        "--bootstrap-server",
                        kafka.bootstrapServers(),
                        "--registry-url",
                        kafka.registryUrl(),
                        "-t",
                        "tail.follow",
                        "--max-messages",
                        "1")));
    tail.start();
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> err.toString().contains("\n"));
    assertThat(err.toString())
        .isEqualTo(
            "tail: waiting for new records on tail.follow; Ctrl-C stops (--from-beginning reads"
                + " what is there)\n");

    copyFirstStoryTo("tail.follow");

    assertThat(exitCode.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString().lines())
        .singleElement()
        .asString()
        .contains("story", "  BSS/AFP  RUSSIA-NKOREA-SUMMIT  ");
  }

  @Test
  void kcatHabitsTopicFlagPartitionOffsetMaxMessagesAndFormat() {
    CommandRun tail =
        tail(
            "-t",
            "stories",
            "--partition",
            "0",
            "--offset",
            "beginning",
            "--max-messages",
            "2",
            "-X",
            "isolation.level=read_committed",
            "--format",
            "%t|%p|%o|%k|%S\\n");

    assertThat(tail.exitCode()).as(tail.err()).isZero();
    assertThat(tail.out()).matches("(wire\\.stories\\|0\\|\\d+\\|[0-9a-f]{64}\\|\\d+\n){2}");
  }

  @Test
  void aMistypedClientPropertyIsOneLineWithTheKeyMeant() {
    CommandRun tail = tail("stories", "-X", "max.poll.record=5");

    tail.assertOneLineError(2)
        .startsWith("wirefeed: unknown key max.poll.record: did you mean max.poll.records?");
  }

  @Test
  void aTopicThatIsNotAvroIsOneLine() {
    CommandRun tail = tail("wire.raw", "--from-beginning");

    tail.assertOneLineError(1).startsWith("wirefeed: wire.raw/0@0 is not Confluent-framed Avro");
  }

  /** The first story's bytes as they are (Confluent-framed, schema registered) to a topic. */
  private static void copyFirstStoryTo(String topic) throws Exception {
    byte[] value;
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      TopicPartition stories = new TopicPartition("wire.stories", 0);
      consumer.assign(List.of(stories));
      consumer.seekToBeginning(List.of(stories));
      value = consumer.poll(Duration.ofSeconds(10)).records(stories).get(0).value();
    }
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, value)).get();
    }
  }

  private static CommandRun tail(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "tail";
    all[1] = "--bootstrap-server";
    all[2] = kafka.bootstrapServers();
    all[3] = "--registry-url";
    all[4] = kafka.registryUrl();
    System.arraycopy(args, 0, all, 5, args.length);
    return CommandRun.of(all);
  }

  private static CommandRun stats() {
    return stats("wirefeed-tools");
  }

  private static CommandRun stats(String group) {
    return CommandRun.of(
        "stats",
        "--bootstrap-server",
        kafka.bootstrapServers(),
        "--registry-url",
        kafka.registryUrl(),
        "--application-id",
        group);
  }
}
