package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedKafkaExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} as its own JVM, the way an orchestrator runs it: health turns ready, metrics are
 * served, and SIGTERM ends it with exit code 0.
 */
class RunCommandLifecycleTest {

  @RegisterExtension
  static final EmbeddedKafkaExtension kafka = EmbeddedKafkaExtension.withSchemaRegistry();

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void becomesReadyServesMetricsAndExitsZeroOnSigterm(@TempDir Path dir) throws Exception {
    int port = freePort();
    Path config =
        writeConfig(
            dir,
            "bootstrap.servers=" + kafka.bootstrapServers(),
            "schema.registry.url=" + kafka.registryUrl(),
            "application.id=wirefeed-lifecycle",
            "state.dir=" + dir.resolve("state"),
            "topics.partitions=1",
            "topics.replication.factor=1",
            "health.host=127.0.0.1",
            "sasl.jaas.config=secret-never-logged");
    Path log = dir.resolve("run.log");
    Process run = launchRun(config, log, "--health-port", Integer.toString(port));
    try {
      Awaitility.await("ready")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .until(() -> get(port, "/health/ready").statusCode() == 200);
      assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);
      assertThat(get(port, "/metrics").body())
          .contains("wirefeed_parsed_total", "wirefeed_rejects_total", "kafka_stream_");

      run.destroy();

      assertThat(run.waitFor(45, TimeUnit.SECONDS)).as("exited").isTrue();
      String output = Files.readString(log);
      assertThat(run.exitValue()).as(output).isZero();
      assertThat(output)
          .contains("starting wirefeed-lifecycle: config {", "sasl.jaas.config=[hidden]")
          .contains("state RUNNING -> PENDING_SHUTDOWN", "closed cleanly")
          .doesNotContain("secret-never-logged");
    } finally {
      run.destroyForcibly();
    }
  }

  @Test
  void sigtermDuringTheStartUpChecksClosesCleanlyAndSaysSo(@TempDir Path dir) throws Exception {
    // Takes connections and never answers: the start-up checks wait for check.timeout.ms.
    try (ServerSocket silentBroker = new ServerSocket(0)) {
      Path config =
          writeConfig(
              dir,
              "bootstrap.servers=127.0.0.1:" + silentBroker.getLocalPort(),
              "schema.registry.url=" + kafka.registryUrl(),
              "check.timeout.ms=60000",
              "state.dir=" + dir.resolve("state"));
      Path log = dir.resolve("run.log");
      Process run = launchRun(config, log);
      try {
        Awaitility.await("start-up under way")
            .atMost(Duration.ofSeconds(30))
            .until(() -> Files.readString(log).contains("starting wirefeed: config {"));

        run.destroy();

        assertThat(run.waitFor(20, TimeUnit.SECONDS)).as("exited").isTrue();
        String output = Files.readString(log);
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output)
            .contains("stopped during start-up, before the processor ran: closed cleanly");
      } finally {
        run.destroyForcibly();
      }
    }
  }

  @Test
  void anUnreachableBrokerIsOneLineWithinTheCheckTimeout(@TempDir Path dir) throws IOException {
    Path config =
        writeConfig(
            dir,
            "bootstrap.servers=127.0.0.1:" + freePort(),
            "schema.registry.url=" + kafka.registryUrl(),
            "check.timeout.ms=2000");
    long start = System.nanoTime();

    CommandRun run = CommandRun.of("run", "--config", config.toString());

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    run.assertOneLineError(1)
        .startsWith("wirefeed: the Kafka cluster at 127.0.0.1:")
        .contains("refused the connection): check --bootstrap-server (or bootstrap.servers)");
  }

  @Test
  void anUnreachableRegistryIsOneLine(@TempDir Path dir) throws IOException {
    Path config =
        writeConfig(
            dir,
            "bootstrap.servers=" + kafka.bootstrapServers(),
            "schema.registry.url=http://127.0.0.1:" + freePort(),
            "application.id=wirefeed-no-registry",
            "topics.replication.factor=1",
            "check.timeout.ms=2000");

    CommandRun run = CommandRun.of("run", "--config", config.toString());

    run.assertOneLineError(1)
        .startsWith("wirefeed: the Schema Registry is not reachable at [http://127.0.0.1:")
        .contains("check schema.registry.url");
  }

  /** {@code dir/wirefeed.properties} of these lines. */
  private static Path writeConfig(Path dir, String... lines) throws IOException {
    return Files.writeString(dir.resolve("wirefeed.properties"), String.join("\n", lines) + "\n");
  }

  /** {@code run --config CONFIG} in a JVM of its own, as an orchestrator starts it. */
  private static Process launchRun(Path config, Path log, String... moreArgs) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "run",
                "--config",
                config.toString()));
    command.addAll(List.of(moreArgs));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(2))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
