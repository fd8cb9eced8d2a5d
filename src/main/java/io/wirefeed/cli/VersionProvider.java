package io.wirefeed.cli;

import org.apache.kafka.common.utils.AppInfoParser;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "wirefeed " + (version == null ? "dev" : version), "Kafka " + AppInfoParser.getVersion()
    };
  }
}
