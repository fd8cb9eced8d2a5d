package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KnownKeysTest {

  @ParameterizedTest
  @CsvSource({
    "topic.storys, topic.stories",
    "bootstrap.server, bootstrap.servers",
    "dedup.retention, dedup.retention.ms",
    "num.stream.thread, num.stream.threads",
    "schema.registry.ur, schema.registry.url",
    "consumer.max.poll.record, consumer.max.poll.records",
  })
  void aMistypedKeyStopsTheStartNamingItAndTheClosestKnownKey(
      String typo, String meant, @TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("wirefeed.properties"),
            "bootstrap.servers=k:9092\nschema.registry.url=http://r:8081\n" + typo + "=x\n");

    assertThatThrownBy(() -> EnvironmentSettings.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("unknown key " + typo + ": did you mean " + meant + "?")
        .hasMessageContaining("in " + file);
  }

  @Test
  void theMessageNamesThePageThatListsTheKeys() throws IOException {
    Throwable refused =
        catchThrowable(() -> EnvironmentSettings.load(null, Map.of("WIREFEED_TOPIC_STORYS", "x")));
    var page = Pattern.compile("listed in (docs/[a-z-]+\\.md)").matcher(refused.getMessage());

    assertThat(page.find()).as(refused.getMessage()).isTrue();
    assertThat(Files.readString(Path.of(page.group(1)))).contains("| `topic.stories` |");
  }

  @Test
  void aKeyLikeNothingKnownIsNamedWithoutAGuess() {
    assertThatThrownBy(() -> EnvironmentSettings.load(null, Map.of("WIREFEED_FOO_BAR", "1")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "unknown key foo.bar: not a wirefeed, Kafka Streams, client or registry setting")
        .hasMessageContaining("from WIREFEED_FOO_BAR");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "topic.stories",
        "dedup.retention.ms",
        "health.port",
        "application.id",
        "num.stream.threads",
        "state.dir",
        "security.protocol",
        "sasl.jaas.config",
        "ssl.truststore.location",
        "max.poll.records",
        "producer.linger.ms",
        "consumer.max.poll.records",
        "main.consumer.fetch.max.bytes",
        "restore.consumer.max.poll.records",
        "global.consumer.fetch.min.bytes",
        "admin.retries",
        "topic.segment.ms",
        "topic.min.insync.replicas",
        "schema.registry.url",
        "schema.registry.ssl.truststore.location",
        "basic.auth.user.info",
        "value.subject.name.strategy",
        "request.header.X-Tenant",
        "metrics.context.region",
      })
  void keysOfWirefeedStreamsTheClientsAndTheRegistryAreKnown(String key) {
    assertThat(KnownKeys.isKnown(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"topic.storys", "producer.max.poll.records", "admin.linger.ms", "topic.raws"})
  void aClientKeyBehindTheWrongPrefixIsUnknown(String key) {
    assertThat(KnownKeys.isKnown(key)).isFalse();
  }

  @Test
  void theBuildAndTestToolingVariablesAreNotSettings() {
    assertThat(
            EnvironmentSettings.load(
                null,
                Map.of(
                    "WIREFEED_KAFKA_IMAGE", "apache/kafka:4.1.0",
                    "WIREFEED_CI_DOCKER_RUN", "1",
                    "WIREFEED_BOOTSTRAP_SERVERS", "k:9092")))
        .containsOnlyKeys("bootstrap.servers");
  }
}
