package io.wirefeed.bench;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.runtime.StreamsApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One measured shape (a baseline or the pipeline) in a JVM of its own, as a user runs one processor
 * per JVM. In the bench's JVM, the shapes ran one after the other on the same JIT compiler: each
 * switch of shape made it recompile code the shapes share, and the pipeline with linking paid 12 to
 * 16 µs of JIT per message in its measured runs that a JVM running only that pipeline does not
 * (docs/performance.md).
 *
 * <p>The bench has the child run one application after another, warm-up runs and then measured ones
 * ({@link #run}), and stops each with the CPU it used by kind of thread ({@link #stop}), so that an
 * idle child costs nothing while another shape is measured. Commands go down the child's standard
 * input; answers come back as files in its directory.
 */
final class ShapeProcess implements AutoCloseable {

  /** What the child runs. */
  enum Shape {
    /** Raw bytes copied to the stories topic. */
    IDENTITY,
    /** The same through a repartition topic. */
    HOP,
    /** wirefeed's topology, as {@code run} starts it. */
    PIPELINE
  }

  private static final String SHAPE_FILE = "shape";
  private static final String CORES_BUSY = "cores busy";
  private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Writer commands;
  private final Path dir;
  private final Path log;
  private int runs;

  private ShapeProcess(Process process, Path dir, Path log) {
    this.process = process;
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.dir = dir;
    this.log = log;
  }

  /**
   * Starts the child, with nothing to run yet.
   *
   * @param javaCommand the JVM and its class path, without options: {@code java -cp CP}; the child
   *     runs with the JVM's defaults, as {@code run} does
   * @param dir the child's files and its log
   */
  static ShapeProcess start(List<String> javaCommand, Shape shape, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(SHAPE_FILE), shape.name(), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(javaCommand);
    command.add(ShapeProcess.class.getName());
    command.add(dir.toString());
    Path log = dir.resolve("process.log");
    return new ShapeProcess(ChildJvm.start(command, log), dir, log);
  }

  /** Starts an application with these settings (as for {@code run}); returns once it has. */
  void run(Map<String, String> settings)
      throws IOException, InterruptedException, TimeoutException {
    runs++;
    ChildJvm.storeSettings(settings, settingsFile(dir, runs));
    send("run " + runs);
    awaitFile(startedFile(dir, runs));
  }

  /**
   * Stops the application: the CPU the child used from its start, per message of {@code messages}.
   */
  CpuBreakdown stop(long messages) throws IOException, InterruptedException, TimeoutException {
    send("stop " + runs + " " + messages);
    Path answer = awaitFile(cpuFile(dir, runs));
    Properties figures = new Properties();
    try (var in = Files.newBufferedReader(answer, StandardCharsets.UTF_8)) {
      figures.load(in);
    }
    Map<String, Double> micros = new LinkedHashMap<>();
    for (String part : CpuBreakdown.PARTS) {
      micros.put(part, Double.parseDouble(figures.getProperty(part, "0")));
    }
    return new CpuBreakdown(micros, Double.parseDouble(figures.getProperty(CORES_BUSY, "0")));
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  /** Ends the child's input, which it answers by closing its application and exiting. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      commands.close();
    } catch (IOException e) {
      // The child has exited already.
    }
    if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private void send(String command) throws IOException {
    commands.write(command + "\n");
    commands.flush();
  }

  private Path awaitFile(Path file) throws IOException, InterruptedException, TimeoutException {
    ChildJvm.await(process, file, ANSWER_TIMEOUT, Duration.ofMillis(5), "the shape's JVM", log);
    return file;
  }

  private static Path settingsFile(Path dir, int run) {
    return dir.resolve("run-" + run + ".properties");
  }

  private static Path startedFile(Path dir, int run) {
    return dir.resolve("started-" + run);
  }

  private static Path cpuFile(Path dir, int run) {
    return dir.resolve("cpu-" + run + ".properties");
  }

  private static Map<String, String> load(Path file) throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    Map<String, String> settings = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
    return settings;
  }

  /** The child: see the class comment. Exits when its standard input ends. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Shape shape = Shape.valueOf(Files.readString(dir.resolve(SHAPE_FILE), StandardCharsets.UTF_8));
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    AutoCloseable running = null;
    CpuBreakdown.Start cpu = null;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] command = line.split(" ");
        int run = Integer.parseInt(command[1]);
        if (command[0].equals("run") && running == null) {
          // The last run's garbage is collected now, not in this run's seconds.
          System.gc();
          cpu = CpuBreakdown.startWithoutBroker();
          running = start(shape, load(settingsFile(dir, run)));
          answer(startedFile(dir, run), new Properties());
        } else if (command[0].equals("stop") && running != null) {
          CpuBreakdown used = cpu.stop(Long.parseLong(command[2]));
          running.close();
          running = null;
          Properties figures = new Properties();
          used.microsPerMessage().forEach((part, micros) -> figures.put(part, micros.toString()));
          figures.put(CORES_BUSY, Double.toString(used.coresBusy()));
          answer(cpuFile(dir, run), figures);
        }
      }
    } finally {
      if (running != null) {
        running.close();
      }
    }
    System.exit(0);
  }

  private static AutoCloseable start(Shape shape, Map<String, String> settings) {
    WirefeedConfig config = WirefeedConfig.from(settings);
    if (shape == Shape.PIPELINE) {
      return StreamsApplication.start(config);
    }
    var topics = config.topology().topics();
    KafkaStreams streams =
        new KafkaStreams(
            BaselineTopology.of(topics.raw(), topics.stories(), shape == Shape.HOP),
            config.streamsProperties());
    streams.start();
    return streams;
  }

  /** The figures as a properties file, moved into place whole (see {@link ChildJvm}). */
  private static void answer(Path file, Properties figures) throws IOException {
    StringWriter text = new StringWriter();
    figures.store(text, null);
    ChildJvm.writeAtomically(file, text.toString());
  }
}
