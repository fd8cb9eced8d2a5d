package io.wirefeed.resilience;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A registry stand-in on the real registry's port that answers every request with a 5xx. */
final class FailingRegistry implements AutoCloseable {

  private final HttpServer server;

  private FailingRegistry(HttpServer server) {
    this.server = server;
  }

  static FailingRegistry answering(int status, int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      byte[] body =
          ("{\"error_code\":" + status + "03,\"message\":\"backend store unavailable\"}")
              .getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              exchange.getRequestBody().readAllBytes();
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(status, body.length);
              exchange.getResponseBody().write(body);
            }
          });
      server.start();
      return new FailingRegistry(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + port, e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
