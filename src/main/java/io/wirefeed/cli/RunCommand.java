package io.wirefeed.cli;

import io.wirefeed.config.ConfigKeys;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.runtime.StartPosition;
import io.wirefeed.runtime.StreamsApplication;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run --config FILE}: the processor against a real cluster and registry. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the processor against a Kafka cluster and Schema Registry until SIGTERM or Ctrl-C"
          + " (exit code 0 after a clean close; 1 if the processor stopped on a fatal error).",
      "Settings come from the --config properties file and WIREFEED_-prefixed environment"
          + " variables (WIREFEED_BOOTSTRAP_SERVERS sets bootstrap.servers); variables win."
    })
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  /** What to do with the dedup state when re-reading the raw topic from the beginning. */
  enum DedupState {
    keep,
    fresh
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ConfigOption configFile;

  @Mixin BootstrapOption bootstrapServer;

  @Option(
      names = "--from-beginning",
      description =
          "Re-read the raw topic from its start: moves the consumer group of application.id back"
              + " (every instance must be stopped first).")
  boolean fromBeginning;

  @Option(
      names = "--dedup-state",
      paramLabel = "keep|fresh",
      defaultValue = "keep",
      description =
          "With --from-beginning: keep the dedup state (nothing is published again; every story"
              + " comes out as a duplicate), or fresh: DELETE the internal changelog and"
              + " repartition topics and local state, so every story is published again under"
              + " the same key (default: ${DEFAULT-VALUE}).")
  DedupState dedupState;

  @Option(
      names = "--health-port",
      paramLabel = "N",
      description =
          "Serve /health/live, /health/ready and /metrics on this port (sets health.port).")
  Integer healthPort;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws InterruptedException {
    if (dedupState == DedupState.fresh && !fromBeginning) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--dedup-state fresh needs --from-beginning");
    }
    Map<String, String> settings = configFile.settings();
    if (healthPort != null) {
      settings.put(ConfigKeys.HEALTH_PORT, healthPort.toString());
    }
    bootstrapServer.applyTo(settings);
    var config = WirefeedConfig.from(settings);
    // The hook is in place before the start-up checks, which can take check.timeout.ms: a SIGTERM
    // then is a clean stop too, not a silent exit 143.
    var started = new CompletableFuture<StreamsApplication>();
    Thread shutdown = new Thread(() -> closeAndHalt(started), "wirefeed-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    StreamsApplication processor;
    try {
      processor = StreamsApplication.start(config, reprocessing());
    } catch (RuntimeException e) {
      removeQuietly(shutdown);
      throw e;
    }
    if (!started.complete(processor)) {
      // The hook ran during start-up and has already said so: the JVM is about to halt.
      processor.close();
      return 0;
    }
    try {
      processor.stopped().get();
      return 0;
    } catch (ExecutionException e) {
      Runtime.getRuntime().removeShutdownHook(shutdown);
      processor.close();
      throw new IllegalStateException(
          "the processor stopped on a fatal error: " + e.getCause(), e.getCause());
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook runs and ends the JVM.
    }
  }

  private StartPosition reprocessing() {
    if (!fromBeginning) {
      return StartPosition.CONTINUE;
    }
    return dedupState == DedupState.fresh
        ? StartPosition.FROM_BEGINNING_FRESH_STATE
        : StartPosition.FROM_BEGINNING_KEEP_STATE;
  }

  /**
   * On SIGTERM the JVM would exit 143 after the hooks, whatever main returns; an orchestrator reads
   * that as a failure. So after a clean close the hook ends the JVM itself with 0.
   */
  private static void closeAndHalt(CompletableFuture<StreamsApplication> started) {
    log.info("shutting down");
    if (!started.isDone()
        && started.completeExceptionally(new IllegalStateException("stopped during start-up"))) {
      // Nothing runs yet: no stream thread, no transaction, no state to flush.
      log.info("stopped during start-up, before the processor ran: closed cleanly");
      System.err.flush();
      Runtime.getRuntime().halt(0);
    }
    StreamsApplication processor = started.join();
    boolean clean = processor.shutdown();
    log.info(clean ? "closed cleanly" : "Kafka Streams did not close within the timeout");
    System.err.flush();
    Runtime.getRuntime().halt(clean ? 0 : 1);
  }
}
