package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} against a broker that requires SASL SCRAM-SHA-512 over TLS and a registry that
 * requires basic auth: it connects with the configured credentials and truststore, a wrong password
 * stops it with one clear line, and no secret ever reaches its output.
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
      Outputs outputs =
          Outputs.readCommitted(
              Cluster.clientConfig(broker),
              registry
                  .url()
                  .replace("http://", "http://" + REGISTRY_USER + ":" + REGISTRY_PASSWORD + "@"),
              expected.outputs(),
              Duration.ofSeconds(60));
      outputs.assertAccountFor(sent, expected);
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
