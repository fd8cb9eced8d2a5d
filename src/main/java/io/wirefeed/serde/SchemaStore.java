package io.wirefeed.serde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Schema Registry semantics in memory, shared by {@link InMemorySchemaRegistryClient} and the
 * embedded REST registry so that both behave alike.
 *
 * <p>Ids are global: a schema gets one id whatever the subject. Schemas are matched on the parsed
 * schema's {@code toString()}, so whitespace and attribute order do not matter while doc, defaults,
 * properties and logical types do, as on Confluent's server. Errors are {@link
 * SchemaRegistryException}s with Confluent's HTTP status and error code.
 */
public final class SchemaStore {

  private final Map<String, Integer> idsBySchemaText = new HashMap<>();
  private final Map<Integer, Schema> schemasById = new HashMap<>();

  /** Per subject, the ids of its versions: version n is element n-1. */
  private final Map<String, List<Integer>> versionIdsBySubject = new TreeMap<>();

  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
  private int lastId;
  private Journal journal = (subject, schema) -> {};

  /**
   * Told of every new subject version, in order. Ids are handed out in sequence, so registering the
   * journaled versions again in the same order rebuilds the same ids.
   */
  @FunctionalInterface
  public interface Journal {
    void newVersion(String subject, Schema schema);
  }

  /** Sends every new version from now on to {@code journal}. */
  public synchronized void journalTo(Journal journal) {
    this.journal = java.util.Objects.requireNonNull(journal, "journal");
  }

  /** Parses schema text as the registry does; malformed text is a 422 with error code 42201. */
  public static Schema parse(String schemaText) {
    if (schemaText == null || schemaText.isBlank()) {
      throw SchemaRegistryException.invalidSchema("empty schema");
    }
    try {
      return new Schema.Parser().parse(schemaText);
    } catch (SchemaParseException e) {
      throw SchemaRegistryException.invalidSchema(e.getMessage());
    } catch (RuntimeException e) {
      // Avro 1.12 reports some malformed schemas (an unknown type name) with a bare NPE.
      throw SchemaRegistryException.invalidSchema(
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  public synchronized RegisteredSchema register(String subject, Schema schema) {
    Schema parsed = normalized(schema);
    String text = parsed.toString();
    List<Integer> versionIds = versionIdsBySubject.getOrDefault(subject, List.of());
    Integer knownId = idsBySchemaText.get(text);
    if (knownId != null && versionIds.contains(knownId)) {
      return new RegisteredSchema(
          knownId, versionIds.indexOf(knownId) + 1, schemasById.get(knownId));
    }
    CompatibilityLevel level = compatibilityOf(subject);
    Optional<CompatibilityLevel.Conflict> conflict =
        level.firstConflict(parsed, schemasOf(versionIds));
    if (conflict.isPresent()) {
      throw SchemaRegistryException.incompatible(subject, level, conflict.get());
    }
    int id = knownId != null ? knownId : newId(text, parsed);
    List<Integer> updated = versionIdsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    updated.add(id);
    journal.newVersion(subject, parsed);
    return new RegisteredSchema(id, updated.size(), schemasById.get(id));
  }

  public synchronized RegisteredSchema lookup(String subject, Schema schema) {
    List<Integer> versionIds = existingVersions(subject);
    Integer id = idsBySchemaText.get(normalized(schema).toString());
    if (id == null || !versionIds.contains(id)) {
      throw SchemaRegistryException.schemaNotFound();
    }
    return new RegisteredSchema(id, versionIds.indexOf(id) + 1, schemasById.get(id));
  }

  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw SchemaRegistryException.schemaNotFound(id);
    }
    return schema;
  }

  /**
   * A subject version that holds the id, as Confluent's {@code GET /schemas/ids/{id}} names one:
   * under the preferred subject when it holds the id, else under the first subject by name.
   */
  public synchronized Optional<SubjectVersion> holderOf(int id, Optional<String> preferred) {
    schemaById(id);
    if (preferred.isPresent()) {
      List<Integer> ids = versionIdsBySubject.getOrDefault(preferred.get(), List.of());
      if (ids.contains(id)) {
        return Optional.of(new SubjectVersion(preferred.get(), ids.indexOf(id) + 1));
      }
    }
    return versionIdsBySubject.entrySet().stream()
        .filter(entry -> entry.getValue().contains(id))
        .findFirst()
        .map(entry -> new SubjectVersion(entry.getKey(), entry.getValue().indexOf(id) + 1));
  }

  /** A subject and one of its version numbers. */
  public record SubjectVersion(String subject, int version) {}

  public synchronized List<String> subjects() {
    return List.copyOf(versionIdsBySubject.keySet());
  }

  public synchronized List<Integer> versions(String subject) {
    int count = existingVersions(subject).size();
    List<Integer> versions = new ArrayList<>(count);
    for (int v = 1; v <= count; v++) {
      versions.add(v);
    }
    return versions;
  }

  public synchronized RegisteredSchema version(String subject, int version) {
    List<Integer> versionIds = existingVersions(subject);
    if (version < 1 || version > versionIds.size()) {
      throw SchemaRegistryException.versionNotFound(version);
    }
    int id = versionIds.get(version - 1);
    return new RegisteredSchema(id, version, schemasById.get(id));
  }

  public synchronized RegisteredSchema latest(String subject) {
    return version(subject, existingVersions(subject).size());
  }

  /**
   * Whether the candidate could be registered next to the given version (empty = latest). Like
   * Confluent's server, "latest" of a subject without versions is compatible.
   */
  public synchronized boolean isCompatible(
      String subject, Optional<Integer> version, Schema candidate) {
    Schema parsed = normalized(candidate);
    if (version.isEmpty()) {
      List<Integer> versionIds = versionIdsBySubject.getOrDefault(subject, List.of());
      return compatibilityOf(subject).allows(parsed, schemasOf(versionIds));
    }
    Schema existing = version(subject, version.get()).schema();
    return compatibilityOf(subject).allows(parsed, List.of(existing));
  }

  public synchronized CompatibilityLevel globalCompatibility() {
    return globalLevel;
  }

  public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
    globalLevel = level;
  }

  public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
    return Optional.ofNullable(subjectLevels.get(subject));
  }

  public synchronized void setSubjectCompatibility(String subject, CompatibilityLevel level) {
    subjectLevels.put(subject, level);
  }

  private CompatibilityLevel compatibilityOf(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }

  private List<Integer> existingVersions(String subject) {
    List<Integer> versionIds = versionIdsBySubject.get(subject);
    if (versionIds == null || versionIds.isEmpty()) {
      throw SchemaRegistryException.subjectNotFound(subject);
    }
    return versionIds;
  }

  private List<Schema> schemasOf(List<Integer> ids) {
    return ids.stream().map(schemasById::get).toList();
  }

  private int newId(String text, Schema parsed) {
    int id = ++lastId;
    idsBySchemaText.put(text, id);
    schemasById.put(id, parsed);
    return id;
  }

  /** Re-parsing gives a private copy and the same form a schema sent over REST would have. */
  private static Schema normalized(Schema schema) {
    return parse(schema.toString());
  }
}
