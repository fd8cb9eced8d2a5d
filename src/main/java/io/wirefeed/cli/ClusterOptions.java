package io.wirefeed.cli;

import io.wirefeed.config.ConfigKeys;
import io.wirefeed.config.EnvironmentSettings;
import io.wirefeed.config.KnownKeys;
import io.wirefeed.config.OpsSettings;
import io.wirefeed.topology.TopologyConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How the tools ({@code replay}, {@code tail}, {@code stats}) reach the cluster: the same settings
 * as {@code run} (file, then {@code WIREFEED_} variables), then these flags over both.
 */
class ClusterOptions {

  @Mixin ConfigOption configFile;

  @Mixin BootstrapOption bootstrapServer;

  @Option(
      names = {"-X", "--client-property"},
      paramLabel = "KEY=VALUE",
      description =
          "A Kafka client or registry setting over the config file, as kcat's -X (repeatable),"
              + " e.g. -X security.protocol=SSL.")
  Map<String, String> clientSettings = new LinkedHashMap<>();

  @Mixin VerboseOption verbose;

  private Map<String, String> settings;

  Map<String, String> settings() {
    if (settings == null) {
      settings = configFile.settings();
      KnownKeys.check(clientSettings, key -> "from -X " + key);
      settings.putAll(clientSettings);
      bootstrapServer.applyTo(settings);
      if (registryUrl() != null) {
        settings.put("schema.registry.url", registryUrl());
      }
    }
    return settings;
  }

  /** The --registry-url flag of the tools that decode Avro; replay sends raw bytes and has none. */
  String registryUrl() {
    return null;
  }

  String bootstrapServers() {
    return required("bootstrap.servers", "--bootstrap-server");
  }

  /** The registry keys, for our deserializers; fails at once without a registry URL. */
  Map<String, ?> serdeConfig() {
    required("schema.registry.url", "--registry-url");
    return settings();
  }

  TopologyConfig.Topics topics() {
    var defaults = TopologyConfig.Topics.DEFAULT;
    return new TopologyConfig.Topics(
        settings().getOrDefault(ConfigKeys.TOPIC_RAW, defaults.raw()),
        settings().getOrDefault(ConfigKeys.TOPIC_STORIES, defaults.stories()),
        settings().getOrDefault(ConfigKeys.TOPIC_DUPLICATES, defaults.duplicates()),
        settings().getOrDefault(ConfigKeys.TOPIC_REJECTS, defaults.rejects()),
        settings().getOrDefault(ConfigKeys.TOPIC_LINKS, defaults.links()));
  }

  Duration checkTimeout() {
    String millis = settings().get(ConfigKeys.CHECK_TIMEOUT_MS);
    return millis == null
        ? OpsSettings.DEFAULT_CHECK_TIMEOUT
        : Duration.ofMillis(Long.parseLong(millis.trim()));
  }

  /**
   * The settings a Kafka client of this kind takes (security, SASL, TLS, ...), with the bootstrap
   * servers and timeouts that fail fast on an unreachable cluster.
   */
  Map<String, Object> clientProperties(Set<String> configNames) {
    Map<String, Object> properties = new HashMap<>();
    settings()
        .forEach(
            (key, value) -> {
              if (configNames.contains(key)) {
                properties.put(key, value);
              }
            });
    properties.put("bootstrap.servers", bootstrapServers());
    String timeout = Long.toString(checkTimeout().toMillis());
    if (configNames.contains("default.api.timeout.ms")) {
      properties.putIfAbsent("default.api.timeout.ms", timeout);
    }
    if (configNames.contains("max.block.ms")) {
      properties.putIfAbsent("max.block.ms", timeout);
    }
    properties.putIfAbsent("request.timeout.ms", timeout);
    return properties;
  }

  private String required(String key, String flag) {
    String value = settings().get(key);
    if (value == null || value.isBlank()) {
      throw new ConfigException(
          "missing "
              + key
              + ": give "
              + flag
              + ", or --config FILE with "
              + key
              + ", or the environment variable "
              + EnvironmentSettings.variableFor(key));
    }
    return value.trim();
  }
}
