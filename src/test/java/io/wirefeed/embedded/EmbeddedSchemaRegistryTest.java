package io.wirefeed.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST subset, spoken with plain HTTP requests as Confluent's client sends them. */
class EmbeddedSchemaRegistryTest {

  private static final String REGISTRY_JSON = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORIGIN =
      "{\"type\":\"record\",\"name\":\"Origin\",\"namespace\":\"io.wirefeed.avro\",\"fields\":["
          + "{\"name\":\"topic\",\"type\":\"string\"},{\"name\":\"offset\",\"type\":\"long\"}]}";

  /** The same schema with other whitespace, attribute order and a long-hand primitive. */
  private static final String ORIGIN_REFORMATTED =
      "{ \"namespace\": \"io.wirefeed.avro\", \"name\": \"Origin\", \"type\": \"record\",\n"
          + " \"fields\": [ {\"type\": {\"type\": \"string\"}, \"name\": \"topic\"},"
          + " {\"name\": \"offset\", \"type\": \"long\"} ] }";

  private static final String ORIGIN_WITH_DOC =
      "{\"type\":\"record\",\"name\":\"Origin\",\"namespace\":\"io.wirefeed.avro\",\"doc\":\"x\","
          + "\"fields\":[{\"name\":\"topic\",\"type\":\"string\"},{\"name\":\"offset\",\"type\":\"long\"}]}";
  private static final String ORIGIN_WITH_REQUIRED_FIELD =
      "{\"type\":\"record\",\"name\":\"Origin\",\"namespace\":\"io.wirefeed.avro\",\"fields\":["
          + "{\"name\":\"topic\",\"type\":\"string\"},{\"name\":\"offset\",\"type\":\"long\"},"
          + "{\"name\":\"partition\",\"type\":\"int\"}]}";

  private final HttpClient http = HttpClient.newHttpClient();
  private EmbeddedSchemaRegistry registry;

  @BeforeEach
  void start() {
    registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private record Reply(int status, JsonNode body, String contentType) {
    int errorCode() {
      return body.path("error_code").asInt();
    }
  }

  private Reply call(String method, String path, String body) throws Exception {
    return call(method, path, body, REGISTRY_JSON);
  }

  private Reply call(String method, String path, String body, String contentType) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(registry.url() + path))
            .header("Content-Type", contentType)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(
        response.statusCode(),
        JSON.readTree(response.body()),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private static String schemaBody(String schema) {
    return JSON.createObjectNode().put("schema", schema).toString();
  }

  @Test
  void urlIsLoopbackWithTheChosenPort() {
    assertThat(registry.url()).isEqualTo("http://127.0.0.1:" + registry.port());
    assertThat(registry.port()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {REGISTRY_JSON, "application/json"})
  void registersUnderEitherContentTypeAndAnswersInTheRegistryType(String contentType)
      throws Exception {
    Reply reply = call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN), contentType);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("id").asInt()).isEqualTo(1);
    assertThat(reply.contentType()).isEqualTo(REGISTRY_JSON);
  }

  @Test
  void matchingIsOnTheParsedSchema() throws Exception {
    int id =
        call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN), REGISTRY_JSON)
            .body()
            .get("id")
            .asInt();

    Reply same = call("POST", "/subjects/u-value/versions", schemaBody(ORIGIN_REFORMATTED));
    Reply withDoc = call("POST", "/subjects/u-value/versions", schemaBody(ORIGIN_WITH_DOC));

    assertThat(same.body().get("id").asInt()).isEqualTo(id);
    assertThat(withDoc.body().get("id").asInt()).isNotEqualTo(id);
  }

  @Test
  void readsSchemasSubjectsAndVersions() throws Exception {
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN_WITH_DOC));

    assertThat(
            call("GET", "/schemas/ids/1?fetchMaxId=false&subject=t-value", null)
                .body()
                .get("schema")
                .asText())
        .isEqualTo(new org.apache.avro.Schema.Parser().parse(ORIGIN).toString());
    assertThat(call("GET", "/subjects", null).body().toString()).isEqualTo("[\"t-value\"]");
    assertThat(call("GET", "/subjects/t-value/versions", null).body().toString())
        .isEqualTo("[1,2]");
    JsonNode latest = call("GET", "/subjects/t-value/versions/latest", null).body();
    assertThat(latest.get("subject").asText()).isEqualTo("t-value");
    assertThat(latest.get("version").asInt()).isEqualTo(2);
    assertThat(latest.get("id").asInt()).isEqualTo(2);
    assertThat(call("GET", "/subjects/t-value/versions/1", null).body().get("id").asInt())
        .isEqualTo(1);
  }

  @Test
  void looksUpWithoutRegistering() throws Exception {
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));

    Reply found = call("POST", "/subjects/t-value", schemaBody(ORIGIN_REFORMATTED));
    Reply missing = call("POST", "/subjects/t-value", schemaBody(ORIGIN_WITH_DOC));
    Reply unknownSubject = call("POST", "/subjects/nope", schemaBody(ORIGIN));

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body().get("version").asInt()).isEqualTo(1);
    assertThat(found.body().get("subject").asText()).isEqualTo("t-value");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo(40403);
    assertThat(unknownSubject.errorCode()).isEqualTo(40401);
    assertThat(call("GET", "/subjects", null).body().size()).isEqualTo(1);
  }

  /** One request per Confluent error code, with the status and message its server gives. */
  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET|/schemas/ids/99||40403|404|Schema 99 not found",
        "GET|/subjects/nope/versions||40401|404|Subject 'nope' not found.",
        "POST|/subjects/nope|ORIGIN|40401|404|Subject 'nope' not found.",
        "POST|/subjects/t-value|WITH_DOC|40403|404|Schema not found",
        "GET|/subjects/t-value/versions/7||40402|404|Version 7 not found.",
        "GET|/subjects/t-value/versions/zero||42202|422|The specified version 'zero' is not a"
            + " valid version id. Allowed values are between [1, 2^31-1] and the string"
            + " \"latest\"",
        "POST|/subjects/t-value/versions|BROKEN|42201|422|Invalid schema: ",
        "POST|/subjects/t-value/versions|UNKNOWN_TYPE|42201|422|Invalid schema: ",
        "GET|/config/t-value||40408|404|Subject 't-value' does not have subject-level"
            + " compatibility configured",
        "PUT|/config/t-value|SIDEWAYS|42203|422|Invalid compatibility level: SIDEWAYS",
      })
  void answersEachConfluentErrorCode(
      String method, String path, String bodyName, int code, int status, String message)
      throws Exception {
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));

    Reply reply = call(method, path, bodyNamed(bodyName));

    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.errorCode()).isEqualTo(code);
    assertThat(reply.body().get("message").asText()).startsWith(message);
  }

  private static String bodyNamed(String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "ORIGIN" -> schemaBody(ORIGIN);
      case "WITH_DOC" -> schemaBody(ORIGIN_WITH_DOC);
      case "BROKEN" -> schemaBody("{\"type\":");
      case "UNKNOWN_TYPE" -> schemaBody("{\"type\":\"nothing\"}");
      case "SIDEWAYS" -> "{\"compatibility\":\"SIDEWAYS\"}";
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Test
  void refusesAnIncompatibleSchemaWith40901AndConfluentsDetails() throws Exception {
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));

    Reply check =
        call(
            "POST",
            "/compatibility/subjects/t-value/versions/latest",
            schemaBody(ORIGIN_WITH_REQUIRED_FIELD));
    Reply register =
        call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN_WITH_REQUIRED_FIELD));

    assertThat(check.status()).isEqualTo(200);
    assertThat(check.body().get("is_compatible").asBoolean()).isFalse();
    assertThat(register.status()).isEqualTo(409);
    assertThat(register.errorCode()).isEqualTo(40901);
    assertThat(register.body().get("message").asText())
        .isEqualTo(
            "Schema being registered is incompatible with an earlier schema for subject"
                + " \"t-value\", details: [{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE',"
                + " description:'The field 'partition' at path '/fields/2' in the new schema has"
                + " no default value and is missing in the old schema',"
                + " additionalInfo:'partition'}, {oldSchemaVersion: 1}, {oldSchema: '"
                + new org.apache.avro.Schema.Parser().parse(ORIGIN)
                + "'}, {validateFields: 'false', compatibility: 'BACKWARD'}]");
    assertThat(
            call("POST", "/compatibility/subjects/t-value/versions/1", schemaBody(ORIGIN_WITH_DOC))
                .body()
                .get("is_compatible")
                .asBoolean())
        .isTrue();
  }

  @Test
  void forwardConflictsAreToldFromTheOldSchemasSide() throws Exception {
    call("PUT", "/config/t-value", "{\"compatibility\":\"FORWARD\"}");
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN_WITH_REQUIRED_FIELD));

    Reply register = call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));

    assertThat(register.errorCode()).isEqualTo(40901);
    assertThat(register.body().get("message").asText())
        .contains(
            "description:'The field 'partition' at path '/fields/2' in the old schema has no"
                + " default value and is missing in the new schema'")
        .endsWith("{validateFields: 'false', compatibility: 'FORWARD'}]");
  }

  @Test
  void schemaByIdNamesTheSubjectVersionThatHoldsIt() throws Exception {
    call("POST", "/subjects/a-value/versions", schemaBody(ORIGIN_WITH_DOC));
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN_WITH_DOC));

    JsonNode asked = call("GET", "/schemas/ids/1?fetchMaxId=false&subject=t-value", null).body();
    JsonNode first = call("GET", "/schemas/ids/1", null).body();

    assertThat(asked.get("subject").asText()).isEqualTo("t-value");
    assertThat(asked.get("version").asInt()).isEqualTo(2);
    assertThat(asked.get("schemaType").asText()).isEqualTo("AVRO");
    assertThat(first.get("subject").asText()).isEqualTo("a-value");
    assertThat(first.get("version").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/associations/resources/-/t",
        "/associations/resources/lkc-1/t?resourceType=topic",
        "/associations/subjects/t-value"
      })
  void associationsAreAnEmptyListAsOnConfluentsServer(String path) throws Exception {
    Reply reply = call("GET", path, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().isArray()).isTrue();
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void subjectConfigOverridesTheGlobalLevel() throws Exception {
    call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN));

    assertThat(call("GET", "/config", null).body().get("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");
    assertThat(call("GET", "/config/t-value", null).status()).isEqualTo(404);
    Reply put = call("PUT", "/config/t-value", "{\"compatibility\":\"NONE\"}");

    assertThat(put.body().get("compatibility").asText()).isEqualTo("NONE");
    assertThat(call("GET", "/config/t-value", null).body().get("compatibilityLevel").asText())
        .isEqualTo("NONE");
    assertThat(
            call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN_WITH_REQUIRED_FIELD))
                .status())
        .isEqualTo(200);
    assertThat(call("PUT", "/config/t-value", "{\"compatibility\":\"SIDEWAYS\"}").errorCode())
        .isEqualTo(42203);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nothing/here", "/schemas/ids/not-a-number"})
  void unknownPathsAre404(String path) throws Exception {
    Reply reply = call("GET", path, null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.errorCode()).isEqualTo(404);
  }

  @Test
  void subjectsAreUrlDecoded() throws Exception {
    call("POST", "/subjects/wire%20feed%2Fa%2Bb-value/versions", schemaBody(ORIGIN));

    assertThat(call("GET", "/subjects", null).body().get(0).asText())
        .isEqualTo("wire feed/a+b-value");
  }

  @Test
  void refusesBodiesOverTheLimit() throws Exception {
    String huge = "x".repeat(EmbeddedSchemaRegistry.MAX_BODY_BYTES + 10);

    assertThat(call("POST", "/subjects/t-value/versions", huge).status()).isEqualTo(413);
  }

  @Test
  void refusesOtherContentTypes() throws Exception {
    assertThat(
            call("POST", "/subjects/t-value/versions", schemaBody(ORIGIN), "text/plain").status())
        .isEqualTo(415);
  }
}
