package io.wirefeed.serde;

// Long on purpose: the Confluent REST subset the serde needs, with retries, auth and TLS.
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A client of Confluent's Schema Registry REST API, as Confluent's Java client calls it: the
 * registry content type on every request (GETs included) and no Accept header. Tries each URL of
 * the list in turn on a connect error or a 5xx, and the whole list again with backoff for up to
 * {@value AvroSerdeConfig#RETRY_MAX_MS}, so a registry restart does not fail a record. Caches
 * subject+schema to id and id to schema, so a serde calls the registry once per schema.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final int MAX_SERVER_MESSAGE = 500;
  private static final long INITIAL_BACKOFF_MILLIS = 100;
  private static final long MAX_BACKOFF_MILLIS = 1_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Endpoint(URI requestBase, String shownAs, Optional<String> authorization) {}

  private record SubjectSchema(String subject, String schemaText) {}

  private final List<Endpoint> endpoints;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final Duration retryMax;
  private final Map<String, String> requestHeaders;
  private final boolean normalize;
  private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

  public RestSchemaRegistryClient(AvroSerdeConfig config) {
    if (config.registryUrls().isEmpty()) {
      throw new IllegalArgumentException("No " + AvroSerdeConfig.SCHEMA_REGISTRY_URL + " given");
    }
    this.endpoints =
        config.registryUrls().stream().map(url -> endpoint(url, config.auth())).toList();
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout());
    if (config.ssl().isConfigured()) {
      builder.sslContext(config.ssl().toSslContext());
    }
    this.http = builder.build();
    this.requestTimeout = config.requestTimeout();
    this.retryMax = config.retryMax();
    this.requestHeaders = Map.copyOf(config.requestHeaders());
    this.normalize = config.normalizeSchemas();
  }

  /** A client for one URL (or comma list) with default settings. */
  public static RestSchemaRegistryClient forUrl(String urls) {
    return new RestSchemaRegistryClient(
        AvroSerdeConfig.from(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, urls)));
  }

  @Override
  public int register(String subject, Schema schema) {
    return idOf(subject, schema, "/versions");
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    return idOf(subject, schema, "");
  }

  /**
   * Registering ({@code POST /subjects/S/versions}) and looking up ({@code POST /subjects/S}) both
   * answer the schema's id, which is kept per subject and schema text.
   */
  private int idOf(String subject, Schema schema, String underSubject) {
    SubjectSchema key = new SubjectSchema(subject, schema.toString());
    Integer cached = idsBySubjectSchema.get(key);
    if (cached != null) {
      return cached;
    }
    JsonNode response =
        send(
            "POST", "/subjects/" + encode(subject) + underSubject + normalizeQuery(), body(schema));
    int id = requiredInt(response, "id");
    idsBySubjectSchema.put(key, id);
    schemasById.putIfAbsent(id, schema);
    return id;
  }

  @Override
  public Schema schemaById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    JsonNode response = send("GET", "/schemas/ids/" + id + "?fetchMaxId=false", null);
    Schema schema = avroSchemaOf(response);
    schemasById.putIfAbsent(id, schema);
    return schema;
  }

  @Override
  public RegisteredSchema latest(String subject) {
    JsonNode response = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
    RegisteredSchema latest =
        new RegisteredSchema(
            requiredInt(response, "id"), requiredInt(response, "version"), avroSchemaOf(response));
    schemasById.putIfAbsent(latest.id(), latest.schema());
    return latest;
  }

  private String normalizeQuery() {
    return normalize ? "?normalize=true" : "";
  }

  private static String body(Schema schema) {
    // Confluent's client sends Avro's compact toString(), not the Parsing Canonical Form.
    return JSON.createObjectNode().put("schema", schema.toString()).toString();
  }

  private JsonNode send(String method, String pathAndQuery, String body) {
    long deadline = System.nanoTime() + retryMax.toNanos();
    long backoffMillis = INITIAL_BACKOFF_MILLIS;
    while (true) {
      try {
        return sendToEachEndpoint(method, pathAndQuery, body);
      } catch (SchemaRegistryException e) {
        if (!e.isTransient() || System.nanoTime() + backoffMillis * 1_000_000 > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(backoffMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException(
            SchemaRegistryException.NO_STATUS,
            SchemaRegistryException.NO_STATUS,
            "Interrupted while waiting to retry the Schema Registry",
            e);
      }
      backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
    }
  }

  private JsonNode sendToEachEndpoint(String method, String pathAndQuery, String body) {
    SchemaRegistryException lastFailure = null;
    for (Endpoint endpoint : endpoints) {
      HttpResponse<String> response;
      try {
        response = http.send(request(endpoint, method, pathAndQuery, body), ofUtf8());
      } catch (IOException e) {
        lastFailure =
            new SchemaRegistryException(
                SchemaRegistryException.NO_STATUS,
                SchemaRegistryException.NO_STATUS,
                "Cannot reach Schema Registry at "
                    + endpoint.shownAs()
                    + " for "
                    + method
                    + " "
                    + pathOnly(pathAndQuery)
                    + ": "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()),
                e);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaRegistryException(
            SchemaRegistryException.NO_STATUS,
            SchemaRegistryException.NO_STATUS,
            "Interrupted while calling Schema Registry at " + endpoint.shownAs(),
            e);
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return parse(endpoint, response.body());
      }
      SchemaRegistryException failure = failure(endpoint, method, pathAndQuery, response);
      if (status < 500) {
        throw failure;
      }
      lastFailure = failure;
    }
    throw lastFailure;
  }

  private HttpRequest request(Endpoint endpoint, String method, String pathAndQuery, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(endpoint.requestBase() + pathAndQuery))
            .timeout(requestTimeout)
            .header("Content-Type", CONTENT_TYPE)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    requestHeaders.forEach(builder::header);
    endpoint.authorization().ifPresent(value -> builder.header("Authorization", value));
    return builder.build();
  }

  private static HttpResponse.BodyHandler<String> ofUtf8() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static SchemaRegistryException failure(
      Endpoint endpoint, String method, String pathAndQuery, HttpResponse<String> response) {
    int status = response.statusCode();
    int errorCode = status;
    String serverMessage = "";
    try {
      JsonNode error = JSON.readTree(response.body());
      if (error != null && error.has("error_code")) {
        errorCode = error.get("error_code").asInt(status);
      }
      if (error != null && error.hasNonNull("message")) {
        serverMessage = error.get("message").asText();
      }
    } catch (JsonProcessingException notJson) {
      serverMessage = response.body() == null ? "" : response.body();
    }
    if (serverMessage.length() > MAX_SERVER_MESSAGE) {
      serverMessage = serverMessage.substring(0, MAX_SERVER_MESSAGE) + "...";
    }
    String hint =
        status == 401 || status == 403
            ? " (check the registry credentials: "
                + AvroSerdeConfig.BASIC_AUTH_USER_INFO
                + " or "
                + AvroSerdeConfig.BEARER_AUTH_TOKEN
                + ")"
            : "";
    return new SchemaRegistryException(
        status,
        errorCode,
        "Schema Registry at "
            + endpoint.shownAs()
            + " answered "
            + method
            + " "
            + pathOnly(pathAndQuery)
            + " with HTTP "
            + status
            + " (error_code "
            + errorCode
            + ")"
            + hint
            + (serverMessage.isBlank() ? "" : ": " + serverMessage));
  }

  private static JsonNode parse(Endpoint endpoint, String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new SchemaRegistryException(
          200,
          SchemaRegistryException.NO_STATUS,
          "Schema Registry at " + endpoint.shownAs() + " answered with a body that is not JSON");
    }
  }

  private static Schema avroSchemaOf(JsonNode response) {
    String type = response.path("schemaType").asText("AVRO");
    if (!type.equals("AVRO")) {
      throw SchemaRegistryException.invalidSchema(
          "expected an AVRO schema, the registry has " + type);
    }
    JsonNode text = response.get("schema");
    if (text == null || !text.isTextual()) {
      throw SchemaRegistryException.invalidSchema("the registry's answer has no schema");
    }
    return SchemaStore.parse(text.asText());
  }

  private static int requiredInt(JsonNode response, String field) {
    JsonNode value = response.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new SchemaRegistryException(
          200,
          SchemaRegistryException.NO_STATUS,
          "Schema Registry answer has no \"" + field + "\"");
    }
    return value.asInt();
  }

  private static String pathOnly(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
  }

  static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Endpoint endpoint(String url, RegistryAuth auth) {
    URI withCredentials = URI.create(url);
    String base = RegistryUrls.withoutUserInfo(withCredentials).toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return new Endpoint(URI.create(base), base, auth.authorizationFor(withCredentials));
  }
}
