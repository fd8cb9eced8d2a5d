package io.wirefeed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;
import picocli.CommandLine;

/** wirefeed's version from the build (Maven writes it into the jar), and Kafka's. */
final class VersionProvider implements CommandLine.IVersionProvider {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.wirefeed/wirefeed/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"wirefeed " + projectVersion(), "Kafka " + AppInfoParser.getVersion()};
  }

  /** "dev" only when run from classes that no jar was built from (an IDE, mvn exec). */
  static String projectVersion() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties pom = new Properties();
        pom.load(in);
        String version = pom.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version;
        }
      }
    } catch (IOException e) {
      // Fall through to the manifest.
    }
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
