package io.wirefeed.embedded;

import static io.wirefeed.embedded.KafkaTestClients.readCommitted;
import static io.wirefeed.embedded.KafkaTestClients.writeTransactionally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  @Test
  void transactionalWritesAreReadBackWithReadCommitted() throws Exception {
    kafka.broker().createTopic("tx-roundtrip", 2, Map.of());

    Map<String, String> records = Map.of("k1", "v1", "k2", "v2", "k3", "v3", "k4", "v4");
    writeTransactionally(kafka.bootstrapServers(), "tx-roundtrip", records);

    List<ConsumerRecord<String, String>> read =
        readCommitted(kafka.bootstrapServers(), "tx-roundtrip", records.size(), TIMEOUT);
    assertThat(read)
        .extracting(ConsumerRecord::key, ConsumerRecord::value)
        .containsExactlyInAnyOrderElementsOf(
            records.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
    assertThat(partitionCount("tx-roundtrip")).isEqualTo(2);
  }

  @Test
  void createTopicIgnoresAnExistingTopic() throws Exception {
    kafka.broker().createTopic("created-twice", 2, Map.of("cleanup.policy", "compact"));
    kafka.broker().createTopic("created-twice", 5, Map.of());
    kafka.broker().createTopics(List.of(new NewTopic("created-twice", 1, (short) 1)));

    assertThat(partitionCount("created-twice")).isEqualTo(2);
  }

  @Test
  void exactlyOnceStreamsAppReachesRunningAndCopiesRecords(@TempDir Path stateDir) {
    kafka
        .broker()
        .createTopics(List.of(new NewTopic("in", 2, (short) 1), new NewTopic("out", 2, (short) 1)));

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.as("source")).to("out", Produced.as("sink"));
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "embedded-broker-eos-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    config.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);

    try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
      streams.start();
      await("streams RUNNING")
          .atMost(TIMEOUT)
          .until(() -> streams.state() == KafkaStreams.State.RUNNING);

      Map<String, String> records = Map.of("a", "1", "b", "2", "c", "3");
      writeTransactionally(kafka.bootstrapServers(), "in", records);

      List<ConsumerRecord<String, String>> copied =
          readCommitted(kafka.bootstrapServers(), "out", records.size(), TIMEOUT);
      assertThat(copied.stream().collect(Collectors.toMap(r -> r.key(), r -> r.value())))
          .isEqualTo(records);
    }
  }

  @Test
  void persistentDataDirKeepsTopicsRecordsAndClusterIdAcrossRestarts(@TempDir Path dataDir) {
    Path brokerDir = dataDir.resolve("kafka");
    EmbeddedKafkaBroker.Settings settings =
        EmbeddedKafkaBroker.Settings.defaults().withDataDir(brokerDir);

    String firstClusterId;
    try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(settings)) {
      firstClusterId = first.clusterId();
      first.createTopic("survives-restart", 2, Map.of());
      writeTransactionally(
          first.bootstrapServers(), "survives-restart", Map.of("k1", "v1", "k2", "v2"));
    }
    assertThat(brokerDir.resolve("meta.properties")).exists();

    try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(settings)) {
      assertThat(second.clusterId()).isEqualTo(firstClusterId);
      List<ConsumerRecord<String, String>> read =
          readCommitted(second.bootstrapServers(), "survives-restart", 2, TIMEOUT);
      assertThat(read).extracting(ConsumerRecord::value).containsExactlyInAnyOrder("v1", "v2");
    }
    assertThat(brokerDir).as("a persistent data dir is kept on close").isDirectory();
  }

  @Test
  void temporaryDataDirIsDeletedOnClose() {
    Path dataDir;
    try (EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.defaults())) {
      dataDir = broker.dataDir();
      assertThat(dataDir).isDirectory();
    }
    assertThat(dataDir).doesNotExist();
  }

  @Test
  void takenPortFallsBackToAFreeOne() throws IOException {
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress("127.0.0.1", 0));
      int taken = squatter.getLocalPort();
      assertThat(EmbeddedKafkaBroker.isPortFree(taken)).isFalse();

      try (EmbeddedKafkaBroker broker =
          EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.defaults().portOrFree(taken))) {
        assertThat(broker.port()).isNotEqualTo(taken);
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
        broker.createTopic("after-fallback", 1, Map.of());
      }
    }
  }

  @Test
  void takenPortWithoutFallbackFailsCleanly() throws IOException {
    try (ServerSocket squatter = new ServerSocket()) {
      squatter.bind(new InetSocketAddress("127.0.0.1", 0));
      int taken = squatter.getLocalPort();

      assertThatThrownBy(
              () ->
                  EmbeddedKafkaBroker.start(
                      EmbeddedKafkaBroker.Settings.defaults().withPort(taken)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + taken);
    }
    // The failed start must not have broken the shared broker or the JVM.
    assertThat(kafka.broker().bootstrapServers()).isNotBlank();
  }

  @Test
  void openCoordinatorsCreatesTheGroupAndTransactionLogsOfANewBroker() throws Exception {
    try (var fresh = EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.defaults());
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, fresh.bootstrapServers()))) {
      Set<String> internal = Set.of("__consumer_offsets", "__transaction_state");
      assertThat(topicsWithInternal(admin)).doesNotContainAnyElementsOf(internal);

      fresh.openCoordinators();

      await().atMost(TIMEOUT).until(() -> topicsWithInternal(admin).containsAll(internal));
    }
  }

  private static Set<String> topicsWithInternal(Admin admin) throws Exception {
    return admin
        .listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
        .names()
        .get();
  }

  private static int partitionCount(String topic) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      TopicDescription description =
          admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
      return description.partitions().size();
    }
  }
}
