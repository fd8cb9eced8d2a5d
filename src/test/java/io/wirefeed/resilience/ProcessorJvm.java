package io.wirefeed.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * {@code wirefeed run --config FILE} in a child JVM, as an operator runs it, so that a test can
 * SIGKILL it: no shutdown hook, no flush, no leaving the group. Its stdout and stderr go to one log
 * file per launch.
 */
final class ProcessorJvm implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ProcessorJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Writes {@code settings} to a properties file in {@code dir} and starts {@code run} on it. */
  static ProcessorJvm launch(
      Path dir, String name, Map<String, String> settings, Map<String, String> environment) {
    return launch(dir, name, settings, environment, List.of());
  }

  /** {@code jvmOptions} come after the defaults, so e.g. an {@code -Xmx} here wins. */
  static ProcessorJvm launch(
      Path dir,
      String name,
      Map<String, String> settings,
      Map<String, String> environment,
      List<String> jvmOptions) {
    try {
      Files.createDirectories(dir);
      Path config = dir.resolve(name + ".properties");
      Properties properties = new Properties();
      properties.putAll(settings);
      try (var writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
        properties.store(writer, null);
      }
      Path log = dir.resolve(name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // Small and quick to start: four of these may share two cores with the broker.
      command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      command.addAll(List.of("io.wirefeed.cli.Main", "run", "--config", config.toString()));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      return new ProcessorJvm(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the processor JVM", e);
    }
  }

  static ProcessorJvm launch(Path dir, String name, Map<String, String> settings) {
    return launch(dir, name, settings, Map.of());
  }

  /** Waits until Streams reports RUNNING in the log; fails early if the JVM exits. */
  ProcessorJvm awaitRunning(Duration timeout) {
    Awaitility.await(log.getFileName() + " reports RUNNING")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new AssertionError(
                    "processor exited with " + process.exitValue() + ":\n" + output());
              }
              return output().contains("-> RUNNING");
            });
    return this;
  }

  /** SIGKILL: the process gets no chance to commit, abort or leave the group. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as an operator stops it; the exit code. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return process.waitFor();
  }

  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("processor still running after " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String output() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
