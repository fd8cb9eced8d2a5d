package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.wirefeed.avro.Origin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the REST client puts on the wire, seen by a server that records requests. */
class RestSchemaRegistryClientTest {

  private record Seen(String method, String path, Headers headers) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(server -> server.stop(0));
  }

  /** A server answering every request with this status and body, counting its calls. */
  private String server(int status, String body, AtomicInteger calls) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          calls.incrementAndGet();
          seen.add(
              new Seen(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().toString(),
                  exchange.getRequestHeaders()));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void everyRequestCarriesTheRegistryContentTypeAndNoAccept() throws IOException {
    String url =
        server(
            200,
            "{\"schema\":" + quoted(Origin.getClassSchema().toString()) + "}",
            new AtomicInteger());

    RestSchemaRegistryClient.forUrl(url).schemaById(7);

    Seen get = seen.get(0);
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.path()).startsWith("/schemas/ids/7");
    assertThat(get.headers().getFirst("Content-Type"))
        .isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(get.headers().containsKey("Accept")).isFalse();
  }

  @Test
  void sendsBearerTokenAndExtraHeaders() throws IOException {
    String url = server(200, "{\"id\":3}", new AtomicInteger());
    RestSchemaRegistryClient client =
        new RestSchemaRegistryClient(
            AvroSerdeConfig.from(
                Map.of(
                    AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                    url,
                    AvroSerdeConfig.BEARER_AUTH_CREDENTIALS_SOURCE,
                    "STATIC_TOKEN",
                    AvroSerdeConfig.BEARER_AUTH_TOKEN,
                    "tok-1",
                    AvroSerdeConfig.REQUEST_HEADER_PREFIX + "X-Tenant",
                    "news")));

    assertThat(client.register("wire feed-value", Origin.getClassSchema())).isEqualTo(3);

    Seen post = seen.get(0);
    assertThat(post.path()).isEqualTo("/subjects/wire%20feed-value/versions");
    assertThat(post.headers().getFirst("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(post.headers().getFirst("X-Tenant")).isEqualTo("news");
  }

  @Test
  void cachesRegistrationsAndSchemasById() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    String url = server(200, "{\"id\":3}", calls);
    RestSchemaRegistryClient client = RestSchemaRegistryClient.forUrl(url);

    client.register("t-value", Origin.getClassSchema());
    client.register("t-value", Origin.getClassSchema());
    client.lookupId("t-value", Origin.getClassSchema());
    client.schemaById(3);

    assertThat(calls).hasValue(1);
  }

  @Test
  void failsOverOn5xxAndReportsTheLastFailure() throws IOException {
    AtomicInteger failing = new AtomicInteger();
    AtomicInteger healthy = new AtomicInteger();
    String down = server(503, "{\"error_code\":50003,\"message\":\"forwarding failed\"}", failing);
    String up = server(200, "{\"id\":9}", healthy);

    assertThat(
            RestSchemaRegistryClient.forUrl(down + "," + up)
                .register("t-value", Origin.getClassSchema()))
        .isEqualTo(9);
    assertThat(failing).hasValue(1);
    assertThatThrownBy(
            () ->
                RestSchemaRegistryClient.forUrl(down).register("t-value", Origin.getClassSchema()))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(503);
              assertThat(e.errorCode()).isEqualTo(50003);
            });
  }

  @Test
  void a4xxIsNotRetriedElsewhere() throws IOException {
    AtomicInteger second = new AtomicInteger();
    String notFound =
        server(404, "{\"error_code\":40403,\"message\":\"Schema not found\"}", new AtomicInteger());
    String other = server(200, "{\"id\":1}", second);

    assertThatThrownBy(
            () ->
                RestSchemaRegistryClient.forUrl(notFound + "," + other)
                    .lookupId("t-value", Origin.getClassSchema()))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    assertThat(second).hasValue(0);
  }

  private static String quoted(String text) {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .createObjectNode()
        .textNode(text)
        .toString();
  }
}
