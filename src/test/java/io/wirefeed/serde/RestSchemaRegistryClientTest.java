package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirefeed.avro.Origin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
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

  @Test
  void a503IsRetriedWithGrowingBackoffUntilTheRegistryAnswers() throws IOException {
    List<Long> callNanos = new CopyOnWriteArrayList<>();
    String url = scriptedServer(call -> call <= 4 ? 503 : 200, callNanos);

    assertThat(withRetryMax(url, 10_000).register("t-value", Origin.getClassSchema())).isEqualTo(9);

    assertThat(callNanos).hasSize(5);
    List<Long> gapsMillis = gapsMillis(callNanos);
    // Backoff starts at 100 ms and doubles: 100, 200, 400, 800 (the scheduler may add, never cut).
    assertThat(gapsMillis.get(0)).isGreaterThanOrEqualTo(90);
    assertThat(gapsMillis.get(3)).isGreaterThanOrEqualTo(720);
    assertThat(gapsMillis.get(3)).isGreaterThan(gapsMillis.get(0) * 3);
  }

  @Test
  void aRefusedConnectionIsRetriedUntilTheRegistryListens() throws Exception {
    int port;
    try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    AtomicInteger calls = new AtomicInteger();
    var client = withRetryMax("http://127.0.0.1:" + port, 15_000);
    var registration =
        CompletableFuture.supplyAsync(() -> client.register("t-value", Origin.getClassSchema()));
    Thread.sleep(700);
    assertThat(registration).as("still retrying a refused connection").isNotDone();

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> respond(exchange, 200, "{\"id\":5}", calls));
    server.start();
    servers.add(server);

    assertThat(registration.get(10, TimeUnit.SECONDS)).isEqualTo(5);
    assertThat(calls).hasValue(1);
  }

  @Test
  void transientFailuresStopBeingRetriedAtRetryMax() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    String url = server(503, "{\"error_code\":50003,\"message\":\"down\"}", calls);
    // The first call in a JVM loads the HTTP client's classes, which can take longer than retryMax.
    withRetryMax(server(200, "{\"id\":1}", new AtomicInteger()), 0)
        .register("warm-up-value", Origin.getClassSchema());
    RestSchemaRegistryClient client = withRetryMax(url, 1_000);
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.register("t-value", Origin.getClassSchema()))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));

    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    // It never sleeps past retryMax; only the last call's own time may run over.
    assertThat(elapsedMillis).isBetween(300L, 2_000L);
    // 100 + 200 + 400 ms of backoff fit in one second, the next 800 would not: four calls, or
    // three on a machine slow enough to push the third past 600 ms.
    assertThat(calls.get()).isBetween(3, 4);
  }

  @Test
  void a4xxIsNeverRetried() throws IOException {
    for (int status : new int[] {401, 403, 404, 422}) {
      AtomicInteger calls = new AtomicInteger();
      String url = server(status, "{\"error_code\":" + status + "01,\"message\":\"no\"}", calls);
      long start = System.nanoTime();

      assertThatThrownBy(
              () -> withRetryMax(url, 10_000).register("t-value", Origin.getClassSchema()))
          .isInstanceOfSatisfying(
              SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(status));

      assertThat(calls).as("calls answered " + status).hasValue(1);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000L);
    }
  }

  @Test
  void retryMaxZeroMeansOneAttempt() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    String url = server(503, "{}", calls);

    assertThatThrownBy(() -> withRetryMax(url, 0).register("t-value", Origin.getClassSchema()))
        .isInstanceOf(SchemaRegistryException.class);
    assertThat(calls).hasValue(1);
  }

  private static RestSchemaRegistryClient withRetryMax(String url, long millis) {
    return new RestSchemaRegistryClient(
        AvroSerdeConfig.from(
            Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                url,
                AvroSerdeConfig.RETRY_MAX_MS,
                Long.toString(millis))));
  }

  /** A server answering call n (from 1) with {@code statusForCall(n)}, noting when each came. */
  private String scriptedServer(IntUnaryOperator statusForCall, List<Long> callNanos)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger calls = new AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          callNanos.add(System.nanoTime());
          int status = statusForCall.applyAsInt(calls.get() + 1);
          respond(exchange, status, status == 200 ? "{\"id\":9}" : "{\"error_code\":50301}", calls);
        });
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void respond(HttpExchange exchange, int status, String body, AtomicInteger calls)
      throws IOException {
    calls.incrementAndGet();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static List<Long> gapsMillis(List<Long> nanos) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < nanos.size(); i++) {
      gaps.add((nanos.get(i) - nanos.get(i - 1)) / 1_000_000);
    }
    return gaps;
  }
}
