package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirefeedConfigTest {

  private static Map<String, String> minimal() {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", "broker:9092");
    settings.put("schema.registry.url", "http://registry:8081");
    return settings;
  }

  @Test
  void theStateDirDefaultsToTheUsersDataDirNotTmp() {
    WirefeedConfig config = WirefeedConfig.from(minimal());

    assertThat(config.streamsProperties().getProperty(StreamsConfig.STATE_DIR_CONFIG))
        .isEqualTo(
            WirefeedConfig.defaultStateDir(System.getenv(), System.getProperty("user.home"))
                .toString())
        .doesNotStartWith(System.getProperty("java.io.tmpdir"))
        .endsWith(Path.of("wirefeed", "state").toString());
    assertThat(WirefeedConfig.defaultStateDir(Map.of(), "/home/ops"))
        .isEqualTo(Path.of("/home/ops/.local/share/wirefeed/state"));
    assertThat(WirefeedConfig.defaultStateDir(Map.of("XDG_DATA_HOME", "/data"), "/home/ops"))
        .isEqualTo(Path.of("/data/wirefeed/state"));
    Map<String, String> chosen = minimal();
    chosen.put("state.dir", "/var/lib/wirefeed/state");
    assertThat(WirefeedConfig.from(chosen).streamsProperties())
        .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/wirefeed/state");
  }

  @Test
  void defaultsToExactlyOnceAndExplicitNamingAndTheStandardTopics() {
    WirefeedConfig config = WirefeedConfig.from(minimal());

    assertThat(config.streamsProperties())
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true)
        .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 30)
        .containsEntry(StreamsConfig.POLL_MS_CONFIG, 10L)
        .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "wirefeed")
        .containsEntry("bootstrap.servers", "broker:9092");
    assertThat(config.topology().topics().raw()).isEqualTo("wire.raw");
    assertThat(config.topology().topics().stories()).isEqualTo("wire.stories");
    assertThat(config.topology().dedupRetention()).isEqualTo(Duration.ofDays(7));
    assertThat(config.topology().parseLimits().maxMessageBytes()).isEqualTo(1_048_576);
    assertThat(config.topicSettings().create()).isTrue();
  }

  @Test
  void consumersLeaveTheirReceiveBufferToTheKernelUnlessTheUserSetsOne() {
    assertThat(WirefeedConfig.from(minimal()).streamsProperties())
        .containsEntry("consumer.receive.buffer.bytes", -1);

    Map<String, String> chosen = minimal();
    chosen.put("consumer.receive.buffer.bytes", "1048576");
    assertThat(WirefeedConfig.from(chosen).streamsProperties())
        .containsEntry("consumer.receive.buffer.bytes", "1048576");
  }

  @Test
  void ownAndRegistryKeysStayOutOfTheStreamsConfigButReachTheSerdes() {
    Map<String, String> settings = minimal();
    settings.put("topic.raw", "agency.in");
    settings.put("dedup.retention.ms", "3600000");
    settings.put("basic.auth.user.info", "user:secret");
    settings.put("processing.guarantee", "at_least_once");

    WirefeedConfig config = WirefeedConfig.from(settings);

    assertThat(config.streamsProperties())
        .doesNotContainKeys(
            "topic.raw", "dedup.retention.ms", "basic.auth.user.info", "schema.registry.url")
        .containsEntry("processing.guarantee", "at_least_once");
    assertThat(config.topology().topics().raw()).isEqualTo("agency.in");
    assertThat(config.topology().dedupRetention()).isEqualTo(Duration.ofHours(1));
    Map<String, ?> serdeConfig = config.topology().serdeConfig();
    assertThat(serdeConfig.get("schema.registry.url")).isEqualTo("http://registry:8081");
    assertThat(serdeConfig.get("basic.auth.user.info")).isEqualTo("user:secret");
  }

  @Test
  void aMissingBrokerSaysWhichKeyAndWhichVariableToSet() {
    Map<String, String> settings = minimal();
    settings.remove("bootstrap.servers");

    assertRefused(settings, "bootstrap.servers", "WIREFEED_BOOTSTRAP_SERVERS");
  }

  @Test
  void linkingIsOnWithTheEvaluatedDefaultsAndTheLinkKeysAreRead() {
    var defaults = WirefeedConfig.from(minimal()).topology();
    assertThat(defaults.linking())
        .isEqualTo(
            new io.wirefeed.topology.TopologyConfig.Linking(
                true, io.wirefeed.link.LinkSettings.DEFAULTS, 1));
    assertThat(defaults.topics().links()).isEqualTo("wire.links");

    Map<String, String> settings = minimal();
    settings.put("link.enabled", "false");
    settings.put("link.threshold", "0.7");
    settings.put("link.bands", "16");
    settings.put("link.rows", "4");
    settings.put("link.partitions", "3");
    settings.put("topic.links", "desk.links");
    var config = WirefeedConfig.from(settings);

    var linking = config.topology().linking();
    assertThat(linking.enabled()).isFalse();
    assertThat(linking.settings().threshold()).isEqualTo(0.7);
    assertThat(linking.settings().bands()).isEqualTo(16);
    assertThat(linking.partitions()).isEqualTo(3);
    assertThat(config.topology().topics().links()).isEqualTo("desk.links");
    assertThat(config.streamsProperties()).doesNotContainKeys("link.threshold", "topic.links");
  }

  @Test
  void linkSettingsThatDoNotFitSayWhatToFix() {
    Map<String, String> settings = minimal();
    settings.put("link.bands", "40");
    settings.put("link.rows", "4");

    assertRefused(settings, "bands x rows (40 x 4) must not exceed the signature size 128");

    settings.put("link.bands", "20");
    settings.put("link.threshold", "high");
    assertRefused(settings, "link.threshold", "high");
  }

  @Test
  void aMalformedNumberNamesTheKeyAndTheValue() {
    Map<String, String> settings = minimal();
    settings.put("dedup.retention.ms", "7d");

    assertRefused(settings, "dedup.retention.ms", "7d");
  }

  @Test
  void environmentVariablesMapOntoKeysAndWinOverTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wirefeed.properties");
    Files.writeString(file, "bootstrap.servers=file:9092\nschema.registry.url=http://file:8081\n");
    Map<String, String> environment =
        Map.of(
            "WIREFEED_BOOTSTRAP_SERVERS", "env:9092",
            "WIREFEED_MAX_POLL_RECORDS", "50",
            "PATH", "/usr/bin");

    Map<String, String> settings = EnvironmentSettings.load(file, environment);

    assertThat(settings)
        .containsEntry("bootstrap.servers", "env:9092")
        .containsEntry("schema.registry.url", "http://file:8081")
        .containsEntry("max.poll.records", "50")
        .doesNotContainKey("path");
  }

  @Test
  void aMissingConfigFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.properties");

    assertThatThrownBy(() -> EnvironmentSettings.load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(missing.toString());
  }

  /** The settings fail at start with a config error whose message says all of {@code saying}. */
  private static void assertRefused(Map<String, String> settings, String... saying) {
    var refused =
        assertThatThrownBy(() -> WirefeedConfig.from(settings)).isInstanceOf(ConfigException.class);
    for (String words : saying) {
      refused.hasMessageContaining(words);
    }
  }
}
