package io.wirefeed.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.avro.Origin;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.serde.RestSchemaRegistryClient;
import io.wirefeed.serde.SchemaRegistryException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedSchemaRegistryAuthTest {

  private static final String PASSWORD = "s3cret-Pa55";

  private EmbeddedSchemaRegistry registry;

  @BeforeEach
  void start() {
    registry = EmbeddedSchemaRegistry.builder().port(0).withBasicAuth("wire", PASSWORD).start();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void refusesRequestsWithoutCredentials() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(registry.url() + "/subjects")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("\"error_code\":401");
  }

  @Test
  void acceptsTheClientWithUserInfo() {
    ConfluentAvroSerde<Origin> serde = serdeAs("wire", PASSWORD);
    Origin origin = new Origin("wire.raw", 1, 7L);

    byte[] bytes = serde.serializer().serialize("t", origin);

    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(origin);
  }

  @Test
  void acceptsCredentialsInTheUrl() {
    String url = registry.url().replace("http://", "http://wire:" + PASSWORD + "@");
    RestSchemaRegistryClient client = RestSchemaRegistryClient.forUrl(url);

    assertThat(client.register("t-value", Origin.getClassSchema())).isPositive();
  }

  @Test
  void aWrongPasswordFailsWithoutShowingIt() {
    String wrong = "wrong-Pa55word";
    ConfluentAvroSerde<Origin> serde = serdeAs("wire", wrong);

    assertThatThrownBy(() -> serde.serializer().serialize("t", new Origin("x", 0, 0L)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageNotContaining(wrong)
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
  }

  @Test
  void aWrongPasswordInTheUrlIsNotShownEither() {
    String wrong = "wrong-Url-Pa55";
    String url = registry.url().replace("http://", "http://wire:" + wrong + "@");

    assertThatThrownBy(
            () -> RestSchemaRegistryClient.forUrl(url).register("t-value", Origin.getClassSchema()))
        .isInstanceOf(SchemaRegistryException.class)
        .hasMessageContaining(registry.url())
        .hasMessageNotContaining(wrong)
        .hasMessageNotContaining("wire:");
  }

  /** A serde that gives the registry {@code user:password} as Confluent's USER_INFO source. */
  private ConfluentAvroSerde<Origin> serdeAs(String user, String password) {
    return ConfluentAvroSerde.forValues(
        Origin.class,
        Map.of(
            AvroSerdeConfig.SCHEMA_REGISTRY_URL,
            registry.url(),
            AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
            "USER_INFO",
            AvroSerdeConfig.BASIC_AUTH_USER_INFO,
            user + ":" + password));
  }
}
