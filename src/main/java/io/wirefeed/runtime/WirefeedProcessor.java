package io.wirefeed.runtime;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.serde.SchemaRegistryException;
import io.wirefeed.topology.WirefeedTopology;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running processor: creates missing topics, builds the topology and runs Kafka Streams. A
 * fatal error shuts the client down and completes {@link #stopped()} exceptionally, so the caller
 * can exit non-zero with the reason.
 */
public final class WirefeedProcessor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WirefeedProcessor.class);

  private final KafkaStreams streams;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();

  private WirefeedProcessor(KafkaStreams streams) {
    this.streams = streams;
  }

  public static WirefeedProcessor start(WirefeedConfig config) {
    try (Admin admin = Admin.create(adminProperties(config.streamsProperties()))) {
      TopicSetup.ensureTopics(admin, config);
    }
    Topology topology = WirefeedTopology.build(config.topology());
    log.info("topology:\n{}", topology.describe());
    KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
    WirefeedProcessor processor = new WirefeedProcessor(streams);
    streams.setUncaughtExceptionHandler(
        error -> {
          Optional<SchemaRegistryException> registryDown = transientRegistryFailure(error);
          if (registryDown.isPresent()) {
            // Exactly-once: the thread's open transaction is aborted and its replacement resumes
            // from the last commit, so nothing is lost or doubled while the registry is away.
            log.warn(
                "Schema Registry unavailable, restarting the stream thread: {}",
                registryDown.get().getMessage());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
          }
          log.error("processor failed: {}", error.toString(), error);
          processor.stopped.completeExceptionally(error);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.setStateListener(
        (newState, oldState) -> {
          log.info("state {} -> {}", oldState, newState);
          if (newState == KafkaStreams.State.NOT_RUNNING || newState == KafkaStreams.State.ERROR) {
            processor.stopped.complete(null);
          }
        });
    streams.start();
    return processor;
  }

  /** Completes when the processor stops; exceptionally if it stopped on a fatal error. */
  public CompletableFuture<Void> stopped() {
    return stopped;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (stopped.isDone()) {
        throw new IllegalStateException("processor stopped before it was running");
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("processor not running after " + timeout);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  /**
   * Closes Streams and leaves the consumer group, so that its partitions move to the other
   * instances (or to the next start) at once instead of after the session timeout.
   */
  public void close(Duration timeout) {
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(timeout));
    stopped.complete(null);
  }

  private static Optional<SchemaRegistryException> transientRegistryFailure(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SchemaRegistryException registry && registry.isTransient()) {
        return Optional.of(registry);
      }
    }
    return Optional.empty();
  }

  private static Properties adminProperties(Properties streamsProperties) {
    Map<String, Object> admin = new HashMap<>();
    streamsProperties.forEach(
        (key, value) -> {
          if (AdminClientConfig.configNames().contains((String) key)) {
            admin.put((String) key, value);
          }
        });
    Properties properties = new Properties();
    properties.putAll(admin);
    return properties;
  }
}
