package io.wirefeed.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --bootstrap-server}, the same on {@code run} and the cluster tools. */
final class BootstrapOption {

  @Option(
      names = "--bootstrap-server",
      paramLabel = "HOST:PORT",
      description = "Kafka brokers (sets bootstrap.servers, over the file and the variables).")
  String servers;

  /** Sets bootstrap.servers in these settings where the flag is given. */
  void applyTo(Map<String, String> settings) {
    if (servers != null) {
      settings.put("bootstrap.servers", servers);
    }
  }
}
