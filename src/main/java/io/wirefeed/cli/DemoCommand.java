package io.wirefeed.cli;

// Long on purpose: the demo's whole life, from embedded cluster to closing line, in one place.
import io.wirefeed.config.ConfigKeys;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.runtime.StreamsApplication;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole product on one machine. Starts an embedded broker and registry, replays
 * the bundled sample feed (or the given files), runs the processor and prints what it publishes.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts an embedded Kafka broker and Schema Registry on 127.0.0.1, replays the bundled"
          + " sample feed (or --input files, one message per file), runs the processor and prints"
          + " every story, duplicate and reject, then a summary line.",
      "Each run starts fresh in a temporary folder unless --data-dir is given."
    })
final class DemoCommand implements Callable<Integer> {

  private static final Duration ONCE_TIMEOUT = Duration.ofMinutes(2);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Completes with the exit code once the demo has cleaned up. */
  private final CompletableFuture<Integer> finished = new CompletableFuture<>();

  /** Set by Ctrl-C or SIGTERM. */
  private final java.util.concurrent.atomic.AtomicBoolean stopRequested =
      new java.util.concurrent.atomic.AtomicBoolean();

  @Option(
      names = "--input",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Wire files or folders to replay instead of the sample feed.")
  List<Path> inputs;

  @Option(names = "--once", description = "Exit 0 when all input is processed.")
  boolean once;

  @Option(names = "--json", description = "Print one JSON object per line.")
  boolean json;

  @Option(
      names = "--broker-port",
      defaultValue = "9092",
      description =
          "Broker port; a free one if taken, any free one with 0 (default: ${DEFAULT-VALUE}).")
  int brokerPort;

  @Option(
      names = "--registry-port",
      defaultValue = "8081",
      description =
          "Registry port; a free one if taken, any free one with 0 (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Keep broker data and dedup state here across runs.")
  Path dataDir;

  @Option(
      names = "--health-port",
      paramLabel = "N",
      description =
          "Serve /health/live, /health/ready and /metrics on 127.0.0.1 at this port (0: any free"
              + " one); the address is printed after the registry's.")
  Integer healthPort;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    int exitCode = 1;
    try {
      exitCode = runDemo();
      if (stopRequested.get()) {
        // On stderr, so that stdout stays the records (and pure JSON with --json).
        spec.commandLine()
            .getErr()
            .println("demo: stopped; broker, registry and processor closed cleanly");
        spec.commandLine().getErr().flush();
      }
      return exitCode;
    } finally {
      finished.complete(exitCode);
    }
  }

  private int runDemo() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!verbose.on) {
      Logging.quiet();
    }
    List<FeedMessage> feed =
        inputs == null
            ? FeedMessage.sampleFeed()
            : FeedMessage.fromFiles(inputs, ParseLimits.DEFAULTS.maxMessageBytes());
    if (!Boolean.getBoolean("wirefeed.demo.noWarmUp")) {
      StartupWarmUp.startInBackground(feed);
    }
    boolean temporary = dataDir == null;
    Path home = temporary ? Files.createTempDirectory("wirefeed-demo-") : dataDir;
    // The registry needs no broker: it starts on another thread while the broker starts here.
    CompletableFuture<EmbeddedSchemaRegistry> registryStart =
        CompletableFuture.supplyAsync(
            () ->
                EmbeddedSchemaRegistry.builder()
                    .port(
                        registryPort != 0 && EmbeddedKafkaBroker.isPortFree(registryPort)
                            ? registryPort
                            : 0)
                    .withJournal(home.resolve("registry").resolve("schemas.jsonl"))
                    .start());
    if (!Boolean.getBoolean("wirefeed.demo.noWarmUp")) {
      registryStart.thenAccept(registry -> StartupWarmUp.askRegistry(registry.url()));
    }
    try (var broker = startBroker(home, registryStart);
        var registry = started(registryStart)) {
      if (!json) {
        out.println("bootstrap=" + broker.bootstrapServers());
        out.println("registry=" + registry.url());
        out.flush();
      }
      var config = WirefeedConfig.from(settings(broker, registry, home));
      try (var processor = StreamsApplication.start(config);
          var watcher = new OutputWatcher(broker.bootstrapServers(), config.topology())) {
        if (json) {
          out.println(startedJson(broker, registry, processor));
        } else {
          processor.healthPort().ifPresent(port -> out.println("health=" + healthUrl(port)));
        }
        out.flush();
        List<RecordMetadata> sent =
            FeedProducer.send(
                broker.bootstrapServers(),
                config.topology().topics().raw(),
                feed,
                config.topicSettings().maxMessageBytes());
        Map<String, String> inputNames = new HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
          inputNames.put(
              key(sent.get(i).topic(), sent.get(i).partition(), sent.get(i).offset()),
              feed.get(i).name());
        }
        var printer =
            new EventPrinter(
                out,
                json,
                feed.stream().mapToInt(message -> message.name().length()).max().orElse(0),
                origin ->
                    inputNames.get(
                        key(origin.getTopic(), origin.getPartition(), origin.getOffset())));
        var expected = new ExpectedOutputs(feed, sent, config.topology());
        return once
            ? printOnce(watcher, printer, processor, expected)
            : follow(watcher, printer, processor, expected);
      }
    } finally {
      if (temporary) {
        deleteRecursively(home);
      }
    }
  }

  /**
   * Prints in input order, each line as soon as it is final (see {@link InputOrderRelease}), so two
   * runs print the same; ends when every message is accounted for and every link is in.
   */
  private static int printOnce(
      OutputWatcher watcher,
      EventPrinter printer,
      StreamsApplication processor,
      ExpectedOutputs expected)
      throws TimeoutException {
    var release = new InputOrderRelease(expected);
    long deadline = System.nanoTime() + ONCE_TIMEOUT.toNanos();
    while (!release.done()) {
      if (processor.stopped().isDone()) {
        throw new IllegalStateException("the processor stopped before all input was processed");
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "only "
                + release.released()
                + " of "
                + expected.outcomes()
                + " messages processed, with their links, after "
                + ONCE_TIMEOUT);
      }
      release.accept(watcher.poll(Duration.ofMillis(200))).forEach(printer::print);
    }
    printer.printSummary();
    return 0;
  }

  /**
   * Prints as records arrive until Ctrl-C or SIGTERM; the summary when all input is in, and at the
   * end. The signal's shutdown hook waits until the demo has closed the processor, broker and
   * registry and removed its temporary folder, then ends the JVM with the demo's own exit code (not
   * the signal's 143).
   */
  private int follow(
      OutputWatcher watcher,
      EventPrinter printer,
      StreamsApplication processor,
      ExpectedOutputs expected) {
    Thread hook =
        new Thread(
            () -> {
              stopRequested.set(true);
              int code = finished.completeOnTimeout(1, 60, TimeUnit.SECONDS).join();
              System.out.flush();
              Runtime.getRuntime().halt(code);
            },
            "wirefeed-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    var release = new InputOrderRelease(expected);
    boolean summarized = false;
    while (!stopRequested.get() && !processor.stopped().isDone()) {
      List<OutputEvent> arrived = watcher.poll(Duration.ofMillis(200));
      arrived.forEach(printer::print);
      if (!summarized) {
        // Printed as they arrive; the release only tells when every message and link is in.
        release.accept(arrived);
        if (release.done()) {
          printer.printSummary();
          summarized = true;
        }
      }
    }
    if (!summarized) {
      printer.printSummary();
    }
    return processor.stopped().isCompletedExceptionally() ? 1 : 0;
  }

  private Map<String, String> settings(
      EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry, Path home) {
    Map<String, String> settings = new HashMap<>();
    settings.put("bootstrap.servers", broker.bootstrapServers());
    settings.put("schema.registry.url", registry.url());
    settings.put("application.id", "wirefeed-demo");
    settings.put("state.dir", home.resolve("streams").toString());
    // One partition keeps the demo's first-copy choice and its output order the same every run.
    settings.put("topics.partitions", "1");
    settings.put("topics.replication.factor", "1");
    // A consumer's close waits for the fetch the broker holds for it (up to this long, 500 ms by
    // default) before its fetch session can be closed: the stream thread's close took that long.
    settings.put("consumer.fetch.max.wait.ms", "100");
    // A new broker answers a new application's first requests with "not ready yet" (transaction
    // coordinator loading, changelog offsets); clients retry after 100 ms by default.
    settings.put("producer.retry.backoff.ms", "10");
    settings.put("consumer.retry.backoff.ms", "10");
    settings.put("restore.consumer.retry.backoff.ms", "10");
    if (healthPort != null) {
      settings.put(ConfigKeys.HEALTH_PORT, healthPort.toString());
      settings.put(ConfigKeys.HEALTH_HOST, "127.0.0.1");
    }
    return settings;
  }

  private EmbeddedKafkaBroker startBroker(
      Path home, CompletableFuture<EmbeddedSchemaRegistry> registryStart) {
    try {
      var broker =
          EmbeddedKafkaBroker.start(
              EmbeddedKafkaBroker.Settings.defaults()
                  .portOrFree(brokerPort)
                  .withDataDir(home.resolve("kafka"))
                  // One node has no partition leadership to hand over before it stops.
                  .withBrokerProperty("controlled.shutdown.enable", "false"));
      // While the registry is awaited and the processor set up, the broker creates and loads the
      // group and transaction coordinators that the processor's first join and commit need.
      broker.openCoordinators();
      return broker;
    } catch (RuntimeException e) {
      registryStart.thenAccept(EmbeddedSchemaRegistry::close);
      throw e;
    }
  }

  private static EmbeddedSchemaRegistry started(CompletableFuture<EmbeddedSchemaRegistry> start) {
    try {
      return start.join();
    } catch (java.util.concurrent.CompletionException e) {
      // The registry's own error (a taken port, an unreadable journal), as it would be inline.
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** With --json every line is an object: the addresses are the first. */
  private static String startedJson(
      EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry, StreamsApplication processor) {
    var started = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    started.put("kind", "started");
    started.put("bootstrap", broker.bootstrapServers());
    started.put("registry", registry.url());
    processor.healthPort().ifPresent(port -> started.put("health", healthUrl(port)));
    return AvroJson.write(started);
  }

  private static String healthUrl(int port) {
    return "http://127.0.0.1:" + port + "/health/ready";
  }

  private static String key(String topic, int partition, long offset) {
    return topic + "/" + partition + "@" + offset;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
