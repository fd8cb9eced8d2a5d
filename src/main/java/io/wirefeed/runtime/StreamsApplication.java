package io.wirefeed.runtime;

import io.wirefeed.config.MaskedSettings;
import io.wirefeed.config.OpsSettings;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.ops.HealthServer;
import io.wirefeed.ops.ProcessorMetrics;
import io.wirefeed.ops.ThroughputLog;
import io.wirefeed.ops.TopicTotals;
import io.wirefeed.serde.SchemaRegistryException;
import io.wirefeed.topology.PipelineMetrics;
import io.wirefeed.topology.WirefeedTopology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running processor: checks the cluster and the registry, creates missing topics, builds the
 * topology and runs Kafka Streams, with its health and metrics endpoint and throughput log when
 * configured. A fatal error shuts the client down and completes {@link #stopped()} exceptionally,
 * so the caller can exit non-zero with the reason.
 */
public final class StreamsApplication implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StreamsApplication.class);

  private final KafkaStreams streams;
  private final OpsSettings ops;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private final List<AutoCloseable> companions = new ArrayList<>();
  private HealthServer health;

  private StreamsApplication(KafkaStreams streams, OpsSettings ops) {
    this.streams = streams;
    this.ops = ops;
  }

  public static StreamsApplication start(WirefeedConfig config) {
    return start(config, StartPosition.CONTINUE);
  }

  /**
   * @param reprocessing where to start reading the raw topic, and whether to keep the dedup state
   */
  public static StreamsApplication start(WirefeedConfig config, StartPosition reprocessing) {
    PipelineMetrics.Deferred pipelineMetrics = new PipelineMetrics.Deferred();
    Topology topology = WirefeedTopology.build(config.topology(), pipelineMetrics);
    log.info(
        "starting {}: config {}; topology {}",
        config.application(),
        MaskedSettings.describe(config.settings()),
        oneLine(topology.describe().toString()));
    ClusterChecks.requireBrokerListening(
        config.streamsProperties().getProperty("bootstrap.servers"));
    try (Admin admin = Admin.create(ClusterChecks.adminProperties(config))) {
      TopicSetup.ensureTopics(admin, config);
      reprocessing.prepare(admin, config);
      InternalTopics.createMissing(admin, config);
    }
    ClusterChecks.requireRegistry(config);
    KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
    if (reprocessing.freshState()) {
      // Local RocksDB state would otherwise survive the deleted changelog.
      streams.cleanUp();
    }
    StreamsApplication processor = new StreamsApplication(streams, config.ops());
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
    processor.startCompanions(
        new TopicTotals(streams::metrics, config.topology().topics()), pipelineMetrics);
    streams.start();
    return processor;
  }

  private void startCompanions(TopicTotals totals, PipelineMetrics.Deferred pipelineMetrics) {
    if (ops.healthEnabled()) {
      ProcessorMetrics metrics = new ProcessorMetrics(streams, totals);
      pipelineMetrics.forwardTo(metrics);
      companions.add(metrics);
      health =
          HealthServer.start(ops.healthHost(), ops.healthPort(), streams::state, metrics::scrape);
      companions.add(health);
      log.info(
          "health and metrics on http://{}:{}/health/live, /health/ready, /metrics",
          ops.healthHost(),
          health.port());
    }
    if (!ops.summaryInterval().isZero()) {
      companions.add(ThroughputLog.start(totals, streams::state, ops.summaryInterval()));
    }
  }

  /** Completes when the processor stops; exceptionally if it stopped on a fatal error. */
  public CompletableFuture<Void> stopped() {
    return stopped;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /**
   * Records processed by this instance's stream threads since start, summed over sub-topologies (a
   * story is counted once when parsed and once when deduplicated).
   */
  public long recordsProcessed() {
    return streams.metrics().values().stream()
        .filter(metric -> metric.metricName().group().equals("stream-thread-metrics"))
        .filter(metric -> metric.metricName().name().equals("process-total"))
        .mapToLong(metric -> ((Number) metric.metricValue()).longValue())
        .sum();
  }

  /** A metric of this client's Kafka clients, summed over those that have it. */
  double metricTotal(String group, String name) {
    return streams.metrics().values().stream()
        .filter(metric -> metric.metricName().group().equals(group))
        .filter(metric -> metric.metricName().name().equals(name))
        .mapToDouble(metric -> ((Number) metric.metricValue()).doubleValue())
        .sum();
  }

  /** The port of the health and metrics endpoint, if it runs. */
  public OptionalInt healthPort() {
    return health == null ? OptionalInt.empty() : OptionalInt.of(health.port());
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
    shutdown();
  }

  /**
   * Closes within {@code shutdown.timeout.ms}.
   *
   * @return whether Streams closed within it
   */
  public boolean shutdown() {
    return close(ops.shutdownTimeout());
  }

  /**
   * Closes Streams and leaves the consumer group, so that its partitions move to the other
   * instances (or to the next start) at once instead of after the session timeout.
   *
   * @return whether Streams closed within the timeout
   */
  public boolean close(Duration timeout) {
    boolean closed =
        streams.close(
            CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(timeout));
    for (AutoCloseable companion : companions) {
      try {
        companion.close();
      } catch (Exception e) {
        log.warn("closing {}: {}", companion.getClass().getSimpleName(), e.toString());
      }
    }
    stopped.complete(null);
    return closed;
  }

  /** The description of sub-topologies, one line for one log line. */
  private static String oneLine(String description) {
    return description
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + " | " + b)
        .orElse("");
  }

  private static Optional<SchemaRegistryException> transientRegistryFailure(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SchemaRegistryException registry && registry.isTransient()) {
        return Optional.of(registry);
      }
    }
    return Optional.empty();
  }
}
