package io.wirefeed.cli;

import io.wirefeed.config.EnvironmentSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * {@code -c/--config}, the same on every command that reads the processor's settings: the
 * properties file, with the {@code WIREFEED_} variables over it, as {@code run} reads them.
 */
final class ConfigOption {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "The processor's properties file: Kafka Streams, cluster, security, registry, topic,"
              + " link and wirefeed keys (WIREFEED_ variables go over it).")
  Path file;

  /** The file's settings with the variables over them, in key order; a new map on each call. */
  Map<String, String> settings() {
    return new TreeMap<>(EnvironmentSettings.load(file, System.getenv()));
  }
}
