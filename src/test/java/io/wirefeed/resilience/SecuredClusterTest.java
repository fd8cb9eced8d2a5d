package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.cli.CommandRun;
import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.testfeeds.WireFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}, {@code replay} and {@code tail} against a broker that requires SASL SCRAM-SHA-512
 * over TLS and a registry that requires basic auth: they connect with the configured credentials
 * and truststore, a wrong password stops each with one clear line, and no secret ever reaches their
 * output or a log line of this JVM.
 */
class SecuredClusterTest {

  private static final String KAFKA_USER = "wirefeed";
  private static final String KAFKA_PASSWORD = "kafka-" + UUID.randomUUID();
  private static final String REGISTRY_USER = "registry-user";
  private static final String REGISTRY_PASSWORD = "registry-" + UUID.randomUUID();
  private static final String STORE_PASSWORD = "store-" + UUID.randomUUID();

  @TempDir static Path dir;
  private static TestCertificates certificates;
  private static EmbeddedKafkaBroker broker;
  private static EmbeddedSchemaRegistry registry;

  @BeforeAll
  static void startSecuredCluster() throws Exception {
    certificates = TestCertificates.create(dir, STORE_PASSWORD);
    broker =
        EmbeddedKafkaBroker.start(
            EmbeddedKafkaBroker.Settings.defaults()
                .withDefaultPartitions(3)
                .withSaslSslListener(
                    new EmbeddedKafkaBroker.SaslSslListener(
                        0, certificates.keystore(), STORE_PASSWORD)));
    broker.addScramUser(KAFKA_USER, KAFKA_PASSWORD);
    broker.createTopic("wire.raw", 3, Map.of());
    registry =
        EmbeddedSchemaRegistry.builder().withBasicAuth(REGISTRY_USER, REGISTRY_PASSWORD).start();
  }

  @AfterAll
  static void stopSecuredCluster() {
    registry.close();
    broker.close();
  }

  @Test
  void runConnectsWithTheConfiguredCredentialsAndLogsNoSecret() throws Exception {
    List<byte[]> feed = WireFeed.generate(300, 53L, 0.30);
    Expectation expected = Expectation.of(feed);
    try (var processor =
        ProcessorJvm.launch(dir, "secured", securedSettings(KAFKA_PASSWORD, "secured"))) {
      processor.awaitRunning(Duration.ofSeconds(90));
      List<RecordMetadata> sent =
          FeedSender.start(Cluster.clientConfig(broker), feed, Duration.ZERO)
              .landed(Duration.ofMinutes(1));
      Outputs.readAccountingFor(
          Cluster.clientConfig(broker),
          registry
              .url()
              .replace("http://", "http://" + REGISTRY_USER + ":" + REGISTRY_PASSWORD + "@"),
          sent,
          expected,
          Duration.ofSeconds(60));
      assertThat(processor.stop()).isIn(0, 143);
      assertNoSecretIn(processor.output());
    }
  }

  @Test
  void aWrongPasswordStopsTheStartWithOneClearLine() throws Exception {
    String wrong = "wrong-" + UUID.randomUUID();
    try (var processor = ProcessorJvm.launch(dir, "wrong", securedSettings(wrong, "wrong"))) {
      assertThat(processor.awaitExit(Duration.ofSeconds(90))).isNotZero();
      String output = processor.output();
      List<String> errorLines =
          output.lines().filter(line -> line.startsWith("wirefeed: ")).toList();
      assertThat(errorLines).hasSize(1);
      assertThat(errorLines.get(0)).containsIgnoringCase("authentication");
      assertThat(output).doesNotContain("\tat ");
      assertThat(output).doesNotContain(wrong);
      assertNoSecretIn(output);
    }
  }

  @Test
  void replayAndTailUseTheConfiguredCredentialsAndLogNoSecret() throws Exception {
    List<byte[]> feed = WireFeed.generate(40, 71L, 0.0);
    int stories = Expectation.of(feed).storyHashes().size();
    Map<String, String> settings = toolSettings(KAFKA_PASSWORD, "tools");
    Path config = writeConfig("tools", settings);
    Path wireFiles = writeWireFiles("tools-wire", feed);
    List<String> output = new ArrayList<>();
    try (var logs = new CapturedLogs();
        var processor = ProcessorJvm.launch(dir, "tools-processor", settings)) {
      processor.awaitRunning(Duration.ofSeconds(90));

      CommandRun replay =
          CommandRun.of("replay", "--config", config.toString(), wireFiles.toString());
      output.add(replay.out() + replay.err());
      assertThat(replay.exitCode()).as(replay.err()).isZero();
      assertThat(replay.out()).contains("replayed files=40 messages=40 ", "topic=tools.raw");

      List<CommandRun> tails = new ArrayList<>();
      Awaitility.await(stories + " stories through tail")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                CommandRun tail =
                    CommandRun.of(
                        "tail", "stories", "--from-beginning", "--config", config.toString());
                tails.add(tail);
                output.add(tail.out() + tail.err());
                return tail.exitCode() == 0 && tail.out().lines().count() == stories;
              });
      CommandRun tail = tails.get(tails.size() - 1);
      assertThat(tail.out().lines()).allSatisfy(line -> assertThat(line).contains("  story  "));

      assertThat(processor.stop()).isIn(0, 143);
      output.add(processor.output());
      // The tools keep Kafka's client log quiet and the broker writes to its own file: scan both.
      String brokerLog = Files.readString(broker.logFile());
      assertThat(logs.lines() + brokerLog.lines().count())
          .as("log lines of this JVM and of its broker")
          .isPositive();
      output.add(logs.text());
      output.add(brokerLog);
    }
    output.forEach(SecuredClusterTest::assertNoSecretIn);
  }

  @Test
  void aWrongPasswordStopsReplayAndTailWithOneClearLine() throws Exception {
    String wrong = "wrong-" + UUID.randomUUID();
    Path config = writeConfig("tools-wrong", toolSettings(wrong, "tools-wrong"));
    Path wireFiles = writeWireFiles("tools-wrong-wire", WireFeed.generate(3, 73L, 0.0));
    List<CommandRun> runs = new ArrayList<>();
    String logged;
    try (var logs = new CapturedLogs()) {
      runs.add(CommandRun.of("replay", "--config", config.toString(), wireFiles.toString()));
      runs.add(CommandRun.of("tail", "stories", "--from-beginning", "--config", config.toString()));
      logged = logs.text();
    }
    for (CommandRun run : runs) {
      assertThat(run.exitCode()).as(run.err()).isNotZero();
      List<String> errorLines =
          run.err().lines().filter(line -> line.startsWith("wirefeed: ")).toList();
      assertThat(errorLines).as(run.err()).hasSize(1);
      assertThat(errorLines.get(0)).containsIgnoringCase("authentication");
      assertThat(run.err()).doesNotContain("\tat ");
      assertThat(run.out() + run.err() + logged).doesNotContain(wrong);
      assertNoSecretIn(run.out() + run.err());
    }
    assertNoSecretIn(logged);
  }

  /** The processor's settings with topics of their own, so the tools' stories stay apart. */
  private static Map<String, String> toolSettings(String kafkaPassword, String instance) {
    Map<String, String> settings = securedSettings(kafkaPassword, instance);
    settings.put("topic.raw", instance + ".raw");
    settings.put("topic.stories", instance + ".stories");
    settings.put("topic.duplicates", instance + ".duplicates");
    settings.put("topic.rejects", instance + ".rejects");
    return settings;
  }

  private static Path writeConfig(String name, Map<String, String> settings) throws IOException {
    Properties properties = new Properties();
    properties.putAll(settings);
    Path config = dir.resolve(name + "-tool.properties");
    try (var writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      properties.store(writer, null);
    }
    return config;
  }

  private static Path writeWireFiles(String folder, List<byte[]> feed) throws IOException {
    Path files = Files.createDirectories(dir.resolve(folder));
    for (int i = 0; i < feed.size(); i++) {
      Files.write(files.resolve(String.format("%03d.txt", i)), feed.get(i));
    }
    return files;
  }

  private static Map<String, String> securedSettings(String kafkaPassword, String instance) {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", broker.saslSslBootstrapServers());
    settings.put("security.protocol", "SASL_SSL");
    settings.put("sasl.mechanism", "SCRAM-SHA-512");
    settings.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
            + KAFKA_USER
            + "\" password=\""
            + kafkaPassword
            + "\";");
    settings.put("ssl.truststore.location", certificates.truststore().toString());
    settings.put("ssl.truststore.password", STORE_PASSWORD);
    settings.put("ssl.truststore.type", "PKCS12");
    settings.put("schema.registry.url", registry.url());
    settings.put("basic.auth.credentials.source", "USER_INFO");
    settings.put("basic.auth.user.info", REGISTRY_USER + ":" + REGISTRY_PASSWORD);
    settings.put("application.id", "wirefeed-secured-" + instance);
    settings.put("state.dir", dir.resolve("state-" + instance).toString());
    settings.put("topics.partitions", "3");
    settings.put("topics.replication.factor", "1");
    return settings;
  }

  private static void assertNoSecretIn(String output) {
    assertThat(output)
        .doesNotContain(KAFKA_PASSWORD)
        .doesNotContain(REGISTRY_PASSWORD)
        .doesNotContain(STORE_PASSWORD);
  }
}
