package io.wirefeed.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The processor's HTTP endpoint for its orchestrator and dashboards, on the JDK's own server.
 *
 * <ul>
 *   <li>{@code /health/live}: 200 unless Kafka Streams has stopped or failed (restart me).
 *   <li>{@code /health/ready}: 200 only while Kafka Streams is RUNNING (not while rebalancing or
 *       restoring state).
 *   <li>{@code /metrics}: Prometheus text.
 * </ul>
 */
public final class HealthServer implements AutoCloseable {

  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;

  private HealthServer(HttpServer server) {
    this.server = server;
  }

  /**
   * @param port 0 for any free one
   */
  public static HealthServer start(
      String host, int port, Supplier<KafkaStreams.State> state, Supplier<String> metrics) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on "
              + host
              + ":"
              + port
              + " for health and metrics ("
              + e.getMessage()
              + "): choose another health.port",
          e);
    }
    server.createContext(
        "/health/live", exchange -> health(exchange, state.get(), isAlive(state.get())));
    server.createContext(
        "/health/ready",
        exchange -> health(exchange, state.get(), state.get() == KafkaStreams.State.RUNNING));
    server.createContext(
        "/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get()));
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "wirefeed-health");
              thread.setDaemon(true);
              return thread;
            }));
    server.start();
    return new HealthServer(server);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static boolean isAlive(KafkaStreams.State state) {
    return switch (state) {
      case NOT_RUNNING, PENDING_ERROR, ERROR -> false;
      default -> true;
    };
  }

  private static void health(HttpExchange exchange, KafkaStreams.State state, boolean up)
      throws IOException {
    String body = "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"state\":\"" + state + "\"}\n";
    respond(exchange, up ? 200 : 503, "application/json", body);
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
