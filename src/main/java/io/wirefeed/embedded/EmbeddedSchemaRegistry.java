package io.wirefeed.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirefeed.serde.SchemaStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Schema Registry speaking the subset of Confluent's REST API that Avro serdes use,
 * so that the demo and integration tests need no external service. Confluent's own serializers and
 * clients work against it.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  /** Larger bodies are refused: a schema is a few KiB, and the server must not buffer unbounded. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THREADS = 4;
  private static final Set<String> ACCEPTED_CONTENT_TYPES =
      Set.of(
          CONTENT_TYPE,
          "application/vnd.schemaregistry+json",
          "application/json",
          "application/octet-stream");

  private final HttpServer server;
  private final ExecutorService executor;
  private final SchemaStore store;
  private final SchemaRegistryApi api;
  private final Optional<BasicAuthCheck> auth;
  private final String url;

  private EmbeddedSchemaRegistry(
      String host, int port, Optional<BasicAuthCheck> auth, Optional<Path> journal)
      throws IOException {
    this.store = new SchemaStore();
    journal.ifPresent(file -> SchemaJournal.attach(store, file));
    this.api = new SchemaRegistryApi(store);
    this.auth = auth;
    this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
    this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
    InetSocketAddress bound = server.getAddress();
    String shownHost =
        bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
    this.url = "http://" + shownHost + ":" + bound.getPort();
  }

  /** Starts a registry without authentication; port 0 picks a free port. */
  public static EmbeddedSchemaRegistry start(String host, int port) {
    return builder().host(host).port(port).start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8081}. */
  public String url() {
    return url;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The registry's contents, for tests that want to look without HTTP. */
  public SchemaStore store() {
    return store;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiResponse response = respond(exchange);
      byte[] body = JSON.writeValueAsBytes(response.body());
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      if (response.status() == 401) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"SchemaRegistry\"");
      }
      exchange.sendResponseHeaders(response.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or sent garbage; the server keeps serving others.
      LOG.debug("Schema registry request failed: {}", e.toString());
    }
  }

  private ApiResponse respond(HttpExchange exchange) {
    if (auth.isPresent()
        && !auth.get().accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return ApiResponse.error(401, 401, "Unauthorized");
    }
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    boolean hasBody = method.equals("POST") || method.equals("PUT");
    if (hasBody && !acceptedContentType(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      return ApiResponse.error(415, 415, "HTTP 415 Unsupported Media Type");
    }
    Optional<String> body;
    try {
      body = readBody(exchange.getRequestBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (body.isEmpty()) {
      return ApiResponse.error(413, 413, "Request body larger than " + MAX_BODY_BYTES + " bytes");
    }
    try {
      URI uri = exchange.getRequestURI();
      return api.handle(method, segments(uri.getRawPath()), queryOf(uri.getRawQuery()), body.get());
    } catch (RuntimeException e) {
      LOG.warn("Schema registry request failed", e);
      return ApiResponse.error(500, 50001, "Internal error in the embedded schema registry");
    }
  }

  private static boolean acceptedContentType(String header) {
    if (header == null || header.isBlank()) {
      return true;
    }
    String type = header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return ACCEPTED_CONTENT_TYPES.contains(type);
  }

  /** The body as text, or empty when it is over the limit. */
  private static Optional<String> readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      return Optional.empty();
    }
    return Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  /** The query's parameters, decoded; a name given twice keeps its first value. */
  static Map<String, String> queryOf(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }

  /** Splits the raw path before decoding, so that an encoded "/" stays inside its subject. */
  static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/")) {
      if (!raw.isEmpty()) {
        // A "+" in a path is a plus sign, not a space.
        segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "schema-registry-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Options of an embedded registry. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Optional<BasicAuthCheck> auth = Optional.empty();
    private Optional<Path> journal = Optional.empty();

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Requires HTTP basic auth with these credentials on every request (else 401). */
    public Builder withBasicAuth(String user, String password) {
      this.auth = Optional.of(new BasicAuthCheck(user, password));
      return this;
    }

    /**
     * Keeps the schemas in this file across restarts (one JSON line per subject version), so ids
     * stay the same for records already on the topics.
     */
    public Builder withJournal(Path file) {
      this.journal = Optional.of(file);
      return this;
    }

    public EmbeddedSchemaRegistry start() {
      try {
        return new EmbeddedSchemaRegistry(host, port, auth, journal);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot start the embedded schema registry on " + host + ":" + port, e);
      }
    }
  }
}
