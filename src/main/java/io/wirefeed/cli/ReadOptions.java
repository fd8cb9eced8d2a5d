package io.wirefeed.cli;

import picocli.CommandLine.Option;

/** {@link ClusterOptions} for the tools that decode Avro ({@code tail}, {@code stats}). */
final class ReadOptions extends ClusterOptions {

  @Option(
      names = "--registry-url",
      paramLabel = "URL",
      description = "Schema Registry (sets schema.registry.url).")
  String registryUrl;

  @Override
  String registryUrl() {
    return registryUrl;
  }
}
