package io.wirefeed.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM the bench starts for a broker or a shape: its output goes to a log file, and the bench
 * hears from it by files it writes.
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
