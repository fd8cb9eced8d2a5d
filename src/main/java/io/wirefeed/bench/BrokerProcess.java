package io.wirefeed.bench;

import io.wirefeed.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A broker as Kafka runs it: a JVM of its own with {@code kafka-server-start.sh}'s heap and
 * collector options. In the bench's JVM, the broker shared a collector with the load generator, the
 * measuring consumer and six earlier runs' heap, whose young pauses of 180 to 580 ms (G1's default
 * pause goal is 200 ms) stalled the broker and the measuring consumer alike and set the latency
 * run's p99; a user's broker runs with a 20 ms goal in a heap of its own.
 */
record BrokerProcess(Process process, String bootstrapServers) implements AutoCloseable {

  /**
   * {@code kafka-server-start.sh}'s KAFKA_HEAP_OPTS and {@code kafka-run-class.sh}'s
   * KAFKA_JVM_PERFORMANCE_OPTS.
   */
  static final List<String> KAFKA_JVM_OPTIONS =
      List.of(
          "-Xmx1G",
          "-Xms1G",
          "-XX:+UseG1GC",
          "-XX:MaxGCPauseMillis=20",
          "-XX:InitiatingHeapOccupancyPercent=35",
          "-XX:+ExplicitGCInvokesConcurrent",
          "-Djava.awt.headless=true");

  private static final String BOOTSTRAP_FILE = "bootstrap-servers";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Starts a broker in a fresh JVM and waits until it answers.
   *
   * @param javaCommand the JVM and its class path, without options: {@code java -cp CP}
   * @param dataDir the broker's data; its log and the child's output go there too
   */
  static BrokerProcess start(List<String> javaCommand, Path dataDir)
      throws IOException, InterruptedException, TimeoutException {
    Files.createDirectories(dataDir);
    List<String> command = new ArrayList<>();
    command.add(javaCommand.get(0));
    command.addAll(KAFKA_JVM_OPTIONS);
    command.addAll(javaCommand.subList(1, javaCommand.size()));
    command.add(BrokerProcess.class.getName());
    command.add(dataDir.toString());
    Path output = dataDir.resolve("process.log");
    Process process = ChildJvm.start(command, output);
    Path bootstrap = dataDir.resolve(BOOTSTRAP_FILE);
    try {
      ChildJvm.await(
          process,
          bootstrap,
          START_TIMEOUT,
          Duration.ofMillis(50),
          "the latency run's broker",
          output);
    } catch (TimeoutException e) {
      process.destroyForcibly().waitFor();
      throw e;
    }
    return new BrokerProcess(process, Files.readString(bootstrap, StandardCharsets.UTF_8).trim());
  }

  void createTopic(String name, int partitions) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  /** Closes the child's standard input, which it answers with a clean broker shutdown. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * The child: starts the broker on a free port in {@code args[0]}, writes its bootstrap servers
   * there, and stops when its standard input ends, so that it never outlives the bench.
   */
  public static void main(String[] args) throws IOException {
    Path dataDir = Path.of(args[0]);
    try (var broker =
        EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.defaults().withDataDir(dataDir))) {
      broker.openCoordinators();
      ChildJvm.writeAtomically(dataDir.resolve(BOOTSTRAP_FILE), broker.bootstrapServers());
      InputStream in = System.in;
      while (in.read() != -1) {
        // Nothing is ever sent; the end of input is the signal.
      }
    }
    System.exit(0);
  }
}
