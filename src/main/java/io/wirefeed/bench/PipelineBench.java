package io.wirefeed.bench;

// Long on purpose: one bench run, every shape measured in the same order on the same broker.
import io.wirefeed.bench.ShapeProcess.Shape;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaBroker;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.link.LinkSettings;
import io.wirefeed.runtime.StreamsApplication;
import io.wirefeed.runtime.TopicSetup;
import io.wirefeed.topology.WirefeedTopology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The end-to-end benchmark: one generated feed on an embedded broker, run through an identity Kafka
 * Streams topology (the baseline: what Kafka itself costs with the same guarantees) and through the
 * whole wirefeed pipeline, each in a JVM of its own (see {@link ShapeProcess}), then a latency run
 * at a fixed offered rate and a run with two instances sharing the partitions.
 */
public final class PipelineBench {

  private static final String RAW = "bench.raw";
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);
  private static final int PARSE_SAMPLE = 2_000;
  // A shape's JVM is warm once a warm-up round is no more than 3% faster than the fastest before
  // it, or after the longest warm-up. Warmed for 30 s or until its JIT compiler's share of a
  // round's CPU fell to 10%, the pipeline with linking still ran 25% faster in its fourth measured
  // run than in its first (its JIT compiler still at 40% of the last warm-up round), while the one
  // without was flat: the bench measured a JVM still compiling against a settled one.
  private static final double SETTLED_SPEED_UP = 1.03;
  private static final int FEWEST_WARM_UP_ROUNDS = 3;
  private static final Duration LONGEST_WARM_UP = Duration.ofSeconds(90);
  private static final int MEASURED_PASSES = 2;
  // The latency run's broker and pipeline JVMs are fresh: with a 5 s ramp, their C2 compilers
  // still took about a core of the two for the first 20 s of the measured seconds
  // (docs/performance.md). A user's processor that has run a while has compiled its hot code, so
  // the measured seconds start once compilation has settled.
  private static final Duration LATENCY_RAMP = Duration.ofSeconds(30);
  private static final int LATENCY_WARM_UP_MESSAGES = 20_000;
  private static final long SEED = 20_261_122L;

  private final BenchSettings settings;
  private final PrintWriter progress;
  private final Path work;
  private EmbeddedKafkaBroker broker;
  private EmbeddedSchemaRegistry registry;

  private PipelineBench(BenchSettings settings, PrintWriter progress, Path work) {
    this.settings = settings;
    this.progress = progress;
    this.work = work;
  }

  public static BenchReport run(BenchSettings settings, PrintWriter progress) throws Exception {
    Path work = Files.createTempDirectory("wirefeed-bench-");
    try {
      return new PipelineBench(settings, progress, work).run();
    } finally {
      deleteRecursively(work);
    }
  }

  /** What the runs on the embedded broker measured. */
  private record BrokerRuns(
      Measurement baseline,
      Measurement hop,
      FullRun full,
      FullRun unlinked,
      long[] sortedLatencies,
      ScalingRun scaling) {}

  private BenchReport run() throws Exception {
    BrokerRuns runs = brokerRuns();
    // The broker is closed by now, so neither of these shares the cores with its idle threads.
    step("parse + hash throughput, one core");
    ParseThroughput.Result parse = ParseThroughput.measure(sample());
    DemoStartup.Times demo = null;
    if (settings.demoCommand() != null) {
      step("demo: time to first story and to exit");
      demo = DemoStartup.time(settings.demoCommand());
    }
    long[] latencies = runs.sortedLatencies();
    return new BenchReport(
        settings,
        runs.baseline(),
        runs.hop(),
        runs.full().measurement(),
        runs.full().distinctStories(),
        runs.full().stateBytes(),
        Percentiles.of(latencies, 0.50),
        Percentiles.of(latencies, 0.99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1],
        runs.scaling().total(),
        runs.scaling().perInstanceRecords(),
        parse,
        demo,
        PeakMemory.peakRssBytes(),
        new BenchReport.LinkingCost(
            runs.unlinked().measurement(),
            runs.full().links(),
            runs.full().linkStateBytes(),
            runs.full().distinctStories()));
  }

  private BrokerRuns brokerRuns() throws Exception {
    try (var kafka =
            EmbeddedKafkaBroker.start(
                EmbeddedKafkaBroker.Settings.defaults().withDataDir(work.resolve("kafka")));
        var schemas = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      broker = kafka;
      registry = schemas;
      step(
          "producing %,d messages of about %,d bytes",
          settings.messages(), settings.messageBytes());
      Feed feed = feed(RAW, settings.messages(), SEED);

      // Each shape runs in a JVM of its own, which first runs it over this feed, not measured.
      Feed warmUp = feed("bench.warmup.raw", warmUpMessages(), SEED + 2);
      Measurement baseline;
      Measurement hop;
      FullRun full;
      FullRun unlinked;
      try (ShapeJvm identityJvm = warmedUp("identity", Shape.IDENTITY, false, warmUp);
          ShapeJvm hopJvm = warmedUp("hop", Shape.HOP, false, warmUp);
          ShapeJvm fullJvm = warmedUp("full", Shape.PIPELINE, true, warmUp);
          ShapeJvm unlinkedJvm = warmedUp("unlinked", Shape.PIPELINE, false, warmUp)) {
        // Each shape four times, in the order A B C D D C B A A B C D D C B A, and the fastest run
        // of each counts: the shapes share the broker's JVM and the machine, whose state drifts
        // over a bench (the first runs after the warm-ups were the slowest of every shape).
        List<Measurement> baselines = new ArrayList<>();
        List<Measurement> hops = new ArrayList<>();
        List<FullRun> fulls = new ArrayList<>();
        List<FullRun> unlinkeds = new ArrayList<>();
        for (int pass = 1; pass <= MEASURED_PASSES; pass++) {
          String first = "-" + (2 * pass - 1);
          String second = "-" + 2 * pass;
          baselines.add(identityRun("baseline", "identity" + first, identityJvm, feed));
          hops.add(identityRun("baseline with a repartition hop", "hop" + first, hopJvm, feed));
          fulls.add(fullRun("full pipeline", "full" + first, fullJvm, feed));
          unlinkeds.add(
              fullRun("full pipeline without linking", "unlinked" + first, unlinkedJvm, feed));
          unlinkeds.add(
              fullRun("full pipeline without linking", "unlinked" + second, unlinkedJvm, feed));
          fulls.add(fullRun("full pipeline", "full" + second, fullJvm, feed));
          hops.add(identityRun("baseline with a repartition hop", "hop" + second, hopJvm, feed));
          baselines.add(identityRun("baseline", "identity" + second, identityJvm, feed));
        }
        baseline = fastest(baselines, Measurement::recordsPerSecond);
        hop = fastest(hops, Measurement::recordsPerSecond);
        full = fastest(fulls, run -> run.measurement().recordsPerSecond());
        unlinked = fastest(unlinkeds, run -> run.measurement().recordsPerSecond());
      }
      step(
          "counted: baseline %,.0f, hop %,.0f, full %,.0f (%,d links), without linking %,.0f"
              + " records/s",
          baseline.recordsPerSecond(),
          hop.recordsPerSecond(),
          full.measurement().recordsPerSecond(),
          full.links(),
          unlinked.measurement().recordsPerSecond());

      step(
          "latency at %,d msg/s for %d s after a %d s ramp",
          settings.offeredRate(), settings.latencySeconds(), LATENCY_RAMP.toSeconds());
      long[] latencies = latency();
      Arrays.sort(latencies);

      step("two instances over %d partitions", settings.partitions());
      ScalingRun scaling = scaling(feed, warmUp);
      return new BrokerRuns(baseline, hop, full, unlinked, latencies, scaling);
    }
  }

  /**
   * An identity topology on the raw feed (see {@link BaselineTopology}), exactly-once, with exactly
   * the Kafka Streams and client settings the pipeline runs with (wirefeed's defaults, such as its
   * commit interval, poll time and receive buffers, and any --set), so that the baselines measure
   * Kafka's cost of the same shape under the same settings.
   */
  private Measurement identity(String name, ShapeJvm jvm, Feed feed) throws Exception {
    ShapeRun run = run(jvm, name, feed, feed.messages());
    return Measurement.of(run.count(), feed.messages(), feed.bytes(), run.cpu());
  }

  /**
   * A shape's JVM (see {@link ShapeProcess}), warmed up.
   *
   * @param linking whether the pipeline runs with linking
   */
  private record ShapeJvm(ShapeProcess process, Shape shape, boolean linking)
      implements AutoCloseable {
    @Override
    public void close() throws Exception {
      process.close();
    }
  }

  /**
   * Starts a shape's JVM and runs the shape over the warm-up feed, under a new application id each
   * round, until its speed has settled (or for 90 s): a user's processor that has run a while has
   * compiled its hot code, while a fresh JVM compiles for its first minute or more.
   */
  private ShapeJvm warmedUp(String name, Shape shape, boolean linking, Feed warmUp)
      throws Exception {
    step("warming up a JVM for %s", name);
    ShapeJvm jvm =
        new ShapeJvm(
            ShapeProcess.start(settings.javaCommand(), shape, work.resolve("jvm-" + name)),
            shape,
            linking);
    long warmUntil = System.nanoTime() + LONGEST_WARM_UP.toNanos();
    double fastest = 0;
    try {
      for (int round = 1; ; round++) {
        ShapeRun run = run(jvm, name + "-warmup-" + round, warmUp, warmUp.messages());
        double speed =
            Measurement.of(run.count(), warmUp.messages(), warmUp.bytes(), run.cpu())
                .recordsPerSecond();
        boolean settled = round >= FEWEST_WARM_UP_ROUNDS && speed <= fastest * SETTLED_SPEED_UP;
        fastest = Math.max(fastest, speed);
        if (settled || System.nanoTime() > warmUntil) {
          CpuBreakdown child = run.childCpu();
          step(
              "warmed up in %d round(s), the last at %,.0f records/s, its JIT compiler %.0f%% of"
                  + " the JVM's CPU",
              round,
              speed,
              100 * child.microsPerMessage().get(CpuBreakdown.JIT) / child.totalMicrosPerMessage());
          return jvm;
        }
      }
    } catch (Exception e) {
      jvm.close();
      throw e;
    }
  }

  /**
   * What one run counted, the CPU the shape's JVM and the bench's used, and the shape's JVM's own.
   */
  private record ShapeRun(OutputCounter.Count count, CpuBreakdown cpu, CpuBreakdown childCpu) {}

  /**
   * Runs the shape over the feed under the application id {@code "bench-" + name}, until {@code
   * expected} records are out (stories, duplicates and rejects, and links with linking on).
   */
  private ShapeRun run(ShapeJvm jvm, String name, Feed feed, long expected) throws Exception {
    Map<String, String> run =
        pipelineSettings(
            "bench-" + name,
            feed.topic(),
            "bench." + name,
            "state-" + name,
            linking(name, jvm.linking()));
    List<String> topics = new ArrayList<>(outputs(jvm.shape(), run));
    if (jvm.linking()) {
      topics.add(run.get("topic.links"));
    }
    try (var counter = new OutputCounter(broker.bootstrapServers(), topics)) {
      jvm.process().run(run);
      CpuBreakdown.Start benchCpu = CpuBreakdown.start();
      var count = counter.awaitRecords(expected, RUN_TIMEOUT, OutputCounter.NO_LATENCY);
      CpuBreakdown bench = benchCpu.stop(feed.messages());
      CpuBreakdown child = jvm.process().stop(feed.messages());
      return new ShapeRun(count, bench.plus(child), child);
    }
  }

  /**
   * The shape's output topics, created first as {@code run} creates them, so that a counter finds
   * them before the child starts: the identity's one, the pipeline's stories, duplicates and
   * rejects (and its links topic with linking on, not returned).
   */
  private List<String> outputs(Shape shape, Map<String, String> run) {
    if (shape != Shape.PIPELINE) {
      broker.createTopic(run.get("topic.stories"), settings.partitions(), Map.of());
      return List.of(run.get("topic.stories"));
    }
    try (Admin admin =
        Admin.create(
            Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      TopicSetup.ensureTopics(admin, WirefeedConfig.from(run));
    }
    return List.of(run.get("topic.stories"), run.get("topic.duplicates"), run.get("topic.rejects"));
  }

  private record FullRun(
      Measurement measurement,
      long distinctStories,
      long stateBytes,
      long links,
      long linkStateBytes) {}

  /**
   * A generated feed on its own raw topic.
   *
   * @param links how many links the pipeline publishes for it
   */
  private record Feed(String topic, int messages, long bytes, long links) {}

  private Feed feed(String topic, int messages, long seed) {
    broker.createTopic(topic, settings.partitions(), Map.of());
    long[] links = {0};
    long bytes = produceFeed(topic, messages, seed, links);
    return new Feed(topic, messages, bytes, links[0]);
  }

  /** One measured run of an identity shape, with its progress lines. */
  private Measurement identityRun(String label, String name, ShapeJvm jvm, Feed feed)
      throws Exception {
    step("%s (%s)", label, name);
    Measurement measured = identity(name, jvm, feed);
    step("%s (%s): %,.0f records/s", label, name, measured.recordsPerSecond());
    return measured;
  }

  /** One measured run of the pipeline, with its progress lines. */
  private FullRun fullRun(String label, String name, ShapeJvm jvm, Feed feed) throws Exception {
    step("%s (%s)", label, name);
    FullRun measured = full(name, jvm, feed);
    step("%s (%s): %,.0f records/s", label, name, measured.measurement().recordsPerSecond());
    return measured;
  }

  private static <T> T fastest(List<T> runs, ToDoubleFunction<T> recordsPerSecond) {
    return runs.stream().max(Comparator.comparingDouble(recordsPerSecond)).orElseThrow();
  }

  private int warmUpMessages() {
    return Math.max(1, Math.min(50_000, settings.messages() / 2));
  }

  /**
   * The pipeline over the feed, in a JVM of its own. With linking, the run ends when the links are
   * in too, so the link stage's work counts however far it trails the stories; its records are not
   * counted as output records, which stay one per message as in the other runs.
   */
  private FullRun full(String name, ShapeJvm jvm, Feed feed) throws Exception {
    String outputPrefix = "bench." + name;
    boolean linking = jvm.linking();
    ShapeRun run = run(jvm, name, feed, feed.messages() + (linking ? feed.links() : 0));
    OutputCounter.Count count = run.count();
    long links = count.recordsByTopic().getOrDefault(outputPrefix + ".links", 0L);
    var messagesOnly =
        new OutputCounter.Count(
            count.records() - links,
            count.recordsByTopic(),
            count.firstArrivalNanos(),
            Math.min(count.firstPollRecords(), count.records() - links),
            count.lastArrivalNanos(),
            count.latenciesMillis(),
            count.latencyTimestampsMillis());
    Measurement measurement =
        Measurement.of(messagesOnly, feed.messages(), feed.bytes(), run.cpu());
    long stories = count.recordsByTopic().getOrDefault(outputPrefix + ".stories", 0L);
    // Closed, so RocksDB has flushed its memtables to the files we measure.
    long storeBytes = 0;
    long changelogBytes = 0;
    for (String store :
        List.of(WirefeedTopology.DEDUP_STORE, WirefeedTopology.DEDUP_EXPIRY_INDEX)) {
      storeBytes += filesUnder(work.resolve("state-" + name), store);
      changelogBytes += topicBytes("bench-" + name + "-" + store + "-changelog");
    }
    long linkBytes =
        linking
            ? filesUnder(work.resolve("state-" + name), WirefeedTopology.LINK_STORE)
                + topicBytes("bench-" + name + "-" + WirefeedTopology.LINK_STORE + "-changelog")
            : 0;
    return new FullRun(measurement, stories, storeBytes + changelogBytes, links, linkBytes);
  }

  /**
   * Produce-to-publish latencies at the offered rate, of the messages produced after a ramp. The
   * pipeline runs as {@code run} in a JVM of its own when the settings give that command (see
   * {@link PipelineProcess}); like every shape before it is measured, it first processes a warm-up
   * feed of its own, at full speed, so that its fresh JVM has compiled its hot code, and the ramp
   * keeps the switch to the offered rate out of a steady-state figure. The feeds are generated
   * before the run, so that the generator's garbage does not land in the measured seconds.
   */
  private long[] latency() throws Exception {
    try (var own = startLatencyBroker()) {
      String bootstrap = own == null ? broker.bootstrapServers() : own.bootstrapServers();
      String raw = "bench.latency.raw";
      if (own == null) {
        broker.createTopic(raw, settings.partitions(), Map.of());
      } else {
        own.createTopic(raw, settings.partitions());
      }
      return latency(bootstrap, raw);
    }
  }

  /**
   * The latency run's broker: a JVM of its own with Kafka's options when the settings give the
   * command for one (see {@link BrokerProcess}), else null for the bench's broker.
   */
  private BrokerProcess startLatencyBroker() throws Exception {
    if (settings.javaCommand() == null) {
      return null;
    }
    return BrokerProcess.start(settings.javaCommand(), work.resolve("latency-kafka"));
  }

  private long[] latency(String bootstrap, String raw) throws Exception {
    int messages =
        settings.offeredRate() * (int) (LATENCY_RAMP.toSeconds() + settings.latencySeconds());
    List<byte[]> warmUp = generate(LATENCY_WARM_UP_MESSAGES, SEED + 3);
    List<byte[]> feed = generate(messages, SEED + 1);
    Map<String, String> pipeline =
        pipelineSettings(
            "bench-latency",
            raw,
            "bench.latency",
            "state-latency",
            Map.of("bootstrap.servers", bootstrap));
    // The measuring side's hygiene, not the pipeline's: the earlier runs' garbage in this JVM
    // would otherwise be collected in the measured seconds, stalling the producer and consumer.
    System.gc();
    try (var processor = startLatencyPipeline(pipeline);
        var counter = new OutputCounter(bootstrap, outputs("bench.latency"))) {
      produceAll(bootstrap, raw, warmUp);
      counter.awaitRecords(warmUp.size(), RUN_TIMEOUT, OutputCounter.NO_LATENCY);
      Thread producer =
          new Thread(
              () -> {
                try {
                  produceAtRate(bootstrap, raw, feed);
                } catch (Exception e) {
                  throw new IllegalStateException("the latency run's producer failed", e);
                }
              },
              "bench-offered-load");
      long measuredFrom = System.currentTimeMillis() + LATENCY_RAMP.toMillis();
      producer.start();
      var count = counter.awaitRecords(messages, RUN_TIMEOUT, measuredFrom);
      producer.join();
      LatencyProfile.of(count.latencyTimestampsMillis(), count.latenciesMillis())
          .write(settings.outputDir().resolve("latency-by-second.tsv"));
      return count.latenciesMillis();
    }
  }

  /** The latency run's pipeline, running: in a JVM of its own, or else in this one. */
  private AutoCloseable startLatencyPipeline(Map<String, String> pipeline) throws Exception {
    if (settings.runCommand() == null) {
      StreamsApplication processor = StreamsApplication.start(WirefeedConfig.from(pipeline));
      processor.awaitRunning(Duration.ofMinutes(2));
      return processor;
    }
    PipelineProcess process =
        PipelineProcess.start(settings.runCommand(), pipeline, work.resolve("latency-run"));
    try {
      process.awaitRunning(
          pipeline.get("bootstrap.servers"), pipeline.get("application.id"), Duration.ofMinutes(2));
    } catch (Exception e) {
      process.close();
      throw e;
    }
    return process;
  }

  private record ScalingRun(Measurement total, List<Long> perInstanceRecords) {}

  /**
   * Two instances of the pipeline in the bench's JVM, which first runs the pipeline over the
   * warm-up feed, so that the instances pay no class loading or JIT compilation in their measured
   * seconds.
   */
  private ScalingRun scaling(Feed feed, Feed warmUp) throws Exception {
    WirefeedConfig warming =
        pipelineConfig(
            "bench-scale-warmup", warmUp.topic(), "bench.scale-warmup", "state-scale-warmup");
    try (var processor = StreamsApplication.start(warming);
        var counter = new OutputCounter(broker.bootstrapServers(), outputs("bench.scale-warmup"))) {
      counter.awaitRecords(warmUp.messages(), RUN_TIMEOUT, OutputCounter.NO_LATENCY);
    }
    List<StreamsApplication> instances = new ArrayList<>();
    try {
      WirefeedConfig first =
          pipelineConfig("bench-scale", feed.topic(), "bench.scale", "state-scale-1");
      WirefeedConfig second =
          pipelineConfig("bench-scale", feed.topic(), "bench.scale", "state-scale-2");
      instances.add(StreamsApplication.start(first));
      instances.add(StreamsApplication.start(second));
      try (var outputs = new OutputCounter(broker.bootstrapServers(), outputs("bench.scale"))) {
        for (StreamsApplication instance : instances) {
          instance.awaitRunning(Duration.ofMinutes(2));
        }
        CpuBreakdown.Start cpu = CpuBreakdown.start();
        var count = outputs.awaitRecords(feed.messages(), RUN_TIMEOUT, OutputCounter.NO_LATENCY);
        Measurement total =
            Measurement.of(count, feed.messages(), feed.bytes(), cpu.stop(feed.messages()));
        List<Long> perInstance =
            instances.stream().map(StreamsApplication::recordsProcessed).toList();
        return new ScalingRun(total, perInstance);
      }
    } finally {
      instances.forEach(StreamsApplication::close);
    }
  }

  /** The settings that turn linking on or off, with a links topic of the run's own. */
  private static Map<String, String> linking(String name, boolean enabled) {
    return Map.of(
        "link.enabled", Boolean.toString(enabled), "topic.links", "bench." + name + ".links");
  }

  private WirefeedConfig pipelineConfig(
      String applicationId, String raw, String outputPrefix, String stateDir) {
    return WirefeedConfig.from(
        pipelineSettings(applicationId, raw, outputPrefix, stateDir, Map.of()));
  }

  private Map<String, String> pipelineSettings(
      String applicationId,
      String raw,
      String outputPrefix,
      String stateDir,
      Map<String, String> extra) {
    Map<String, String> config = new HashMap<>();
    config.put("bootstrap.servers", broker.bootstrapServers());
    config.put("schema.registry.url", registry.url());
    config.put("application.id", applicationId);
    config.put("state.dir", work.resolve(stateDir).toString());
    config.put("topic.raw", raw);
    config.put("topic.stories", outputPrefix + ".stories");
    config.put("topic.duplicates", outputPrefix + ".duplicates");
    config.put("topic.rejects", outputPrefix + ".rejects");
    config.put("topics.partitions", Integer.toString(settings.partitions()));
    config.put("topics.replication.factor", "1");
    config.put("num.stream.threads", Integer.toString(settings.threads()));
    config.putAll(settings.clientSettings());
    config.putAll(extra);
    return config;
  }

  private static List<String> outputs(String prefix) {
    return List.of(prefix + ".stories", prefix + ".duplicates", prefix + ".rejects");
  }

  /**
   * @param links set to the links the pipeline will publish for the feed, worked out here with the
   *     same parser and link settings
   */
  private long produceFeed(String topic, int messages, long seed, long[] links) {
    FeedGenerator feed = new FeedGenerator(seed, settings.messageBytes(), settings.resendShare());
    var expected = new ExpectedLinkCount(LinkSettings.DEFAULTS);
    long bytes = 0;
    try (var producer = producer(broker.bootstrapServers())) {
      for (int i = 0; i < messages; i++) {
        byte[] message = feed.next().bytes();
        bytes += message.length;
        expected.add(message);
        producer.send(new ProducerRecord<>(topic, message));
      }
      links[0] = expected.links();
      producer.flush();
    }
    return bytes;
  }

  private List<byte[]> generate(int messages, long seed) {
    FeedGenerator generator =
        new FeedGenerator(seed, settings.messageBytes(), settings.resendShare());
    List<byte[]> feed = new ArrayList<>(messages);
    for (int i = 0; i < messages; i++) {
      feed.add(generator.next().bytes());
    }
    return feed;
  }

  private void produceAll(String bootstrap, String topic, List<byte[]> feed) {
    try (var producer = producer(bootstrap)) {
      feed.forEach(message -> producer.send(new ProducerRecord<>(topic, message)));
      producer.flush();
    }
  }

  private void produceAtRate(String bootstrap, String topic, List<byte[]> feed) {
    long intervalNanos = 1_000_000_000L / settings.offeredRate();
    long start = System.nanoTime();
    try (var producer = producer(bootstrap)) {
      for (int i = 0; i < feed.size(); i++) {
        long due = start + i * intervalNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        producer.send(new ProducerRecord<>(topic, feed.get(i)));
      }
      producer.flush();
    }
  }

  private KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    // One request in flight: on a topic created a moment ago, a first request that fails and is
    // retried after a later one succeeded is rejected for ever (KAFKA-14359), and the bench hung.
    properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private List<byte[]> sample() {
    return generate(PARSE_SAMPLE, SEED);
  }

  private long topicBytes(String topic) throws Exception {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (Admin admin = Admin.create(properties)) {
      var nodes = admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList();
      long bytes = 0;
      for (Map<String, LogDirDescription> dirs :
          admin.describeLogDirs(nodes).allDescriptions().get().values()) {
        for (LogDirDescription dir : dirs.values()) {
          for (var entry : dir.replicaInfos().entrySet()) {
            if (entry.getKey().topic().equals(topic)) {
              bytes += entry.getValue().size();
            }
          }
        }
      }
      return bytes;
    }
  }

  private static long filesUnder(Path root, String pathPart) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.toString().contains(pathPart))
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  private void step(String format, Object... args) {
    progress.printf("bench: " + format + "%n", args);
    progress.flush();
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
