package io.wirefeed.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM the bench starts for a broker, a shape or {@code run}: its output goes to a log file, its
 * settings come in a file, and the bench hears from it by files it writes.
 */
final class ChildJvm {

  private ChildJvm() {}

  /** Starts the command, its output and errors to {@code log}; no WIREFEED_ variable is passed. */
  static Process start(List<String> command, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    // Only the bench's settings count: a WIREFEED_ variable of its shell must not change a run.
    builder.environment().keySet().removeIf(name -> name.startsWith("WIREFEED_"));
    return builder.start();
  }

  /** Writes the settings as a properties file, in key order, for a child to read. */
  static void storeSettings(Map<String, String> settings, Path file) throws IOException {
    Properties properties = new Properties();
    properties.putAll(new TreeMap<>(settings));
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, null);
    }
  }

  /** Writes the text aside and moves it into place, so that the other side never reads half. */
  static void writeAtomically(Path file, String text) throws IOException {
    Path pending = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(pending, text, StandardCharsets.UTF_8);
    Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Waits until {@code file} exists.
   *
   * @param name what the child is, for the messages
   * @param log the child's output, named in the messages
   * @throws IOException if the child exits first
   * @throws TimeoutException if the file is not there within {@code timeout}
   */
  static void await(
      Process child, Path file, Duration timeout, Duration poll, String name, Path log)
      throws IOException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(file)) {
      if (!child.isAlive()) {
        throw new IOException(name + " exited with " + child.exitValue() + "; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(name + " did not answer within " + timeout + "; see " + log);
      }
      TimeUnit.MILLISECONDS.sleep(poll.toMillis());
    }
  }
}
