package io.wirefeed.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirefeed.serde.CompatibilityLevel;
import io.wirefeed.serde.RegisteredSchema;
import io.wirefeed.serde.SchemaRegistryException;
import io.wirefeed.serde.SchemaStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The subset of Confluent's Schema Registry REST API that the serde and Confluent's own clients
 * use, on a {@link SchemaStore}. Knows nothing of HTTP transport: a method, decoded path segments
 * and a body in, an {@link ApiResponse} out.
 */
final class SchemaRegistryApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SchemaStore store;

  SchemaRegistryApi(SchemaStore store) {
    this.store = store;
  }

  ApiResponse handle(String method, List<String> path, Map<String, String> query, String body) {
    try {
      return route(method, path, query, body);
    } catch (SchemaRegistryException e) {
      return ApiResponse.error(e.httpStatus(), e.errorCode(), e.getMessage());
    }
  }

  private ApiResponse route(
      String method, List<String> path, Map<String, String> query, String body) {
    String first = path.isEmpty() ? "" : path.get(0);
    int size = path.size();
    switch (first) {
      case "" -> {
        return size == 0 && method.equals("GET") ? ApiResponse.ok(object()) : notFound();
      }
      case "subjects" -> {
        if (size == 1) {
          return only("GET", method, this::subjects);
        }
        String subject = path.get(1);
        if (size == 2) {
          return only("POST", method, () -> lookup(subject, body));
        }
        if (size == 3 && path.get(2).equals("versions")) {
          return switch (method) {
            case "GET" -> versions(subject);
            case "POST" -> register(subject, body);
            default -> methodNotAllowed();
          };
        }
        if (size == 4 && path.get(2).equals("versions")) {
          return only("GET", method, () -> version(subject, path.get(3)));
        }
        return notFound();
      }
      case "schemas" -> {
        if (size == 3 && path.get(1).equals("ids")) {
          return only("GET", method, () -> schemaById(path.get(2), query.get("subject")));
        }
        if (size == 2 && path.get(1).equals("types")) {
          return only("GET", method, () -> ApiResponse.ok(JSON.createArrayNode().add("AVRO")));
        }
        return notFound();
      }
      case "compatibility" -> {
        if (size == 5 && path.get(1).equals("subjects") && path.get(3).equals("versions")) {
          return only("POST", method, () -> compatibility(path.get(2), path.get(4), body));
        }
        return notFound();
      }
      case "config" -> {
        if (size > 2) {
          return notFound();
        }
        Optional<String> subject = size == 2 ? Optional.of(path.get(1)) : Optional.empty();
        return switch (method) {
          case "GET" -> getConfig(subject);
          case "PUT" -> putConfig(subject, body);
          default -> methodNotAllowed();
        };
      }
      case "associations" -> {
        // Confluent 8.0.5+ clients ask which subjects a topic is associated with before they use
        // the topic name strategy; the real server answers an empty list when there are none.
        return only("GET", method, () -> ApiResponse.ok(JSON.createArrayNode()));
      }
      default -> {
        return notFound();
      }
    }
  }

  private ApiResponse subjects() {
    ArrayNode subjects = JSON.createArrayNode();
    store.subjects().forEach(subjects::add);
    return ApiResponse.ok(subjects);
  }

  private ApiResponse versions(String subject) {
    ArrayNode versions = JSON.createArrayNode();
    store.versions(subject).forEach(versions::add);
    return ApiResponse.ok(versions);
  }

  private ApiResponse register(String subject, String body) {
    RegisteredSchema registered = store.register(subject, schemaOf(body));
    // Confluent's 8.x server answers with the version and schema besides the id.
    return ApiResponse.ok(
        object()
            .put("id", registered.id())
            .put("version", registered.version())
            .put("schemaType", "AVRO")
            .put("schema", registered.schema().toString()));
  }

  private ApiResponse lookup(String subject, String body) {
    RegisteredSchema found = store.lookup(subject, schemaOf(body));
    return ApiResponse.ok(subjectVersion(subject, found));
  }

  private ApiResponse version(String subject, String version) {
    Optional<Integer> number = versionNumber(version);
    RegisteredSchema found =
        number.isPresent() ? store.version(subject, number.get()) : store.latest(subject);
    return ApiResponse.ok(subjectVersion(subject, found));
  }

  /** As Confluent's 8.x server: the subject version holding the id comes with the schema. */
  private ApiResponse schemaById(String id, String subject) {
    int number;
    try {
      number = Integer.parseInt(id);
    } catch (NumberFormatException e) {
      return notFound();
    }
    ObjectNode answer = object();
    store
        .holderOf(number, Optional.ofNullable(subject))
        .ifPresent(
            holder -> answer.put("subject", holder.subject()).put("version", holder.version()));
    return ApiResponse.ok(
        answer.put("schemaType", "AVRO").put("schema", store.schemaById(number).toString()));
  }

  private ApiResponse compatibility(String subject, String version, String body) {
    boolean compatible = store.isCompatible(subject, versionNumber(version), schemaOf(body));
    return ApiResponse.ok(object().put("is_compatible", compatible));
  }

  private ApiResponse getConfig(Optional<String> subject) {
    if (subject.isEmpty()) {
      return ApiResponse.ok(object().put("compatibilityLevel", store.globalCompatibility().name()));
    }
    return store
        .subjectCompatibility(subject.get())
        .map(level -> ApiResponse.ok(object().put("compatibilityLevel", level.name())))
        .orElseGet(
            () ->
                ApiResponse.error(
                    404,
                    SchemaRegistryException.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                    "Subject '"
                        + subject.get()
                        + "' does not have subject-level compatibility"
                        + " configured"));
  }

  private ApiResponse putConfig(Optional<String> subject, String body) {
    JsonNode request = json(body);
    CompatibilityLevel level = CompatibilityLevel.parse(request.path("compatibility").asText(null));
    subject.ifPresentOrElse(
        s -> store.setSubjectCompatibility(s, level), () -> store.setGlobalCompatibility(level));
    return ApiResponse.ok(object().put("compatibility", level.name()));
  }

  private static ObjectNode subjectVersion(String subject, RegisteredSchema found) {
    return object()
        .put("subject", subject)
        .put("version", found.version())
        .put("id", found.id())
        .put("schema", found.schema().toString());
  }

  /** Parses a register / lookup / compatibility body: {@code {"schema": "...", ...}}. */
  private static Schema schemaOf(String body) {
    JsonNode request = json(body);
    String type = request.path("schemaType").asText("AVRO");
    if (!type.equals("AVRO")) {
      throw invalid("unsupported schemaType " + type + "; this registry stores AVRO only");
    }
    JsonNode references = request.get("references");
    if (references != null && references.isArray() && !references.isEmpty()) {
      throw invalid("schema references are not supported by this registry");
    }
    JsonNode schema = request.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw invalid("the request has no \"schema\" string");
    }
    return SchemaStore.parse(schema.asText());
  }

  private static JsonNode json(String body) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw new SchemaRegistryException(400, 400, "The request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new SchemaRegistryException(400, 400, "The request body is not valid JSON");
    }
  }

  /** Empty means latest ("latest" or -1, as Confluent accepts). */
  private static Optional<Integer> versionNumber(String version) {
    if (version.equals("latest")) {
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(version);
      if (number == -1) {
        return Optional.empty();
      }
      if (number >= 1) {
        return Optional.of(number);
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new SchemaRegistryException(
        422,
        SchemaRegistryException.INVALID_VERSION,
        "The specified version '"
            + version
            + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the"
            + " string \"latest\"");
  }

  private static SchemaRegistryException invalid(String why) {
    return new SchemaRegistryException(422, SchemaRegistryException.INVALID_SCHEMA, why);
  }

  private static ApiResponse only(
      String allowed, String method, java.util.function.Supplier<ApiResponse> action) {
    return allowed.equals(method) ? action.get() : methodNotAllowed();
  }

  private static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private static ApiResponse notFound() {
    return ApiResponse.error(404, 404, "HTTP 404 Not Found");
  }

  private static ApiResponse methodNotAllowed() {
    return ApiResponse.error(405, 405, "HTTP 405 Method Not Allowed");
  }
}
