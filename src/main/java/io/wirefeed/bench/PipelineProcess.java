package io.wirefeed.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.GroupState;

/**
 * The pipeline as a user runs it: {@code wirefeed run} in a JVM of its own, with the JVM's
 * defaults, against the bench's broker. Its collector then sees only the pipeline's own garbage, as
 * in a deployment, not the broker's, the load generator's and the earlier runs' in the bench's
 * heap.
 */
final class PipelineProcess implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path log;

  private PipelineProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * @param runCommand the command that starts {@code run} in a fresh JVM; {@code -c FILE} follows
   * @param settings the processor's settings, written to a properties file in {@code dir}
   */
  static PipelineProcess start(List<String> runCommand, Map<String, String> settings, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Path config = dir.resolve("wirefeed.properties");
    ChildJvm.storeSettings(settings, config);
    Path log = dir.resolve("run.log");
    List<String> command = new ArrayList<>(runCommand);
    command.addAll(List.of("-c", config.toString()));
    return new PipelineProcess(ChildJvm.start(command, log), log);
  }

  /** Waits until the process's consumer group {@code groupId} is stable with a member. */
  void awaitRunning(String bootstrapServers, String groupId, Duration timeout)
      throws IOException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      while (true) {
        if (!process.isAlive()) {
          throw new IOException(
              "the latency run's processor exited with " + process.exitValue() + "; see " + log);
        }
        if (stable(admin, groupId)) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(
              "the latency run's processor was not running after " + timeout + "; see " + log);
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
  }

  private static boolean stable(Admin admin, String groupId) throws InterruptedException {
    try {
      var group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
      return group.groupState() == GroupState.STABLE && !group.members().isEmpty();
    } catch (ExecutionException e) {
      // The group coordinator is still loading, or the group does not exist yet.
      return false;
    }
  }

  /** SIGTERM, which {@code run} answers with a clean close; killed if that takes too long. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
