package io.wirefeed.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The in-code equivalent of {@code kafka-storage.sh format}: a KRaft node refuses to start on an
 * unformatted log dir. A dir that already holds {@code meta.properties} keeps its cluster id and
 * data, which is what makes a persistent data dir survive restarts.
 */
final class StorageFormatter {

  private StorageFormatter() {}

  /** Formats {@code logDir} unless it already is; returns the cluster id the dir belongs to. */
  static String formatIfNeeded(Path logDir, int nodeId, String controllerListenerName)
      throws Exception {
    Optional<String> existing = existingClusterId(logDir);
    if (existing.isPresent()) {
      return existing.get();
    }
    String clusterId = Uuid.randomUuid().toString();
    new Formatter()
        .setNodeId(nodeId)
        .setClusterId(clusterId)
        .setDirectories(List.of(logDir.toString()))
        .setMetadataLogDirectory(logDir.toString())
        .setControllerListenerName(controllerListenerName)
        .setReleaseVersion(MetadataVersion.latestProduction())
        // The formatter narrates to stdout, where the demo prints its own output.
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .run();
    return clusterId;
  }

  private static Optional<String> existingClusterId(Path logDir) throws IOException {
    MetaPropertiesEnsemble ensemble =
        new MetaPropertiesEnsemble.Loader().addLogDirs(List.of(logDir.toString())).load();
    return ensemble.clusterId();
  }
}
