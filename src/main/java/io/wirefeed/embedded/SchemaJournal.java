package io.wirefeed.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.serde.SchemaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Keeps the embedded registry's schemas in a file, one JSON line per new subject version, so that a
 * demo with a persistent data dir reads its old records with the same schema ids after a restart.
 * Confluent's server keeps the same journal in its {@code _schemas} topic.
 */
final class SchemaJournal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaJournal() {}

  /** Registers the journaled versions again, in order, then journals every new one. */
  static void attach(SchemaStore store, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        replay(store, Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema journal " + file, e);
    }
    store.journalTo((subject, schema) -> append(file, subject, schema));
  }

  private static void replay(SchemaStore store, List<String> lines) throws IOException {
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode entry = JSON.readTree(line);
      store.register(
          entry.get("subject").asText(), SchemaStore.parse(entry.get("schema").asText()));
    }
  }

  private static void append(Path file, String subject, org.apache.avro.Schema schema) {
    try {
      String line =
          JSON.writeValueAsString(Map.of("subject", subject, "schema", schema.toString())) + "\n";
      Files.writeString(
          file,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the schema journal " + file, e);
    }
  }
}
