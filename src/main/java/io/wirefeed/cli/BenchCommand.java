package io.wirefeed.cli;

import io.wirefeed.bench.BenchReport;
import io.wirefeed.bench.BenchSettings;
import io.wirefeed.bench.PipelineBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the end-to-end benchmark on an embedded broker, against a baseline. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the pipeline on an embedded broker against an identity Kafka Streams topology"
          + " (same input, partitions and exactly_once_v2), then latency at a fixed offered rate,"
          + " dedup state per story, two instances, parse speed and the demo's time to its first"
          + " story. Prints a table and writes bench.json and bench.md to --output-dir."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--messages",
      defaultValue = "200000",
      description = "Messages in the generated feed (default: ${DEFAULT-VALUE}).")
  int messages;

  @Option(
      names = "--message-bytes",
      defaultValue = "3000",
      description = "Size an original message aims at (default: ${DEFAULT-VALUE}).")
  int messageBytes;

  @Option(
      names = "--resend-share",
      defaultValue = "0.3",
      description = "Share of re-sends in the feed (default: ${DEFAULT-VALUE}).")
  double resendShare;

  @Option(
      names = "--partitions",
      defaultValue = "4",
      description = "Partitions of the raw topic (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--threads",
      description = "Stream threads of the baseline and of the pipeline alike (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--rate",
      defaultValue = "2000",
      description = "Offered rate of the latency run, msg/s (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--latency-seconds",
      defaultValue = "30",
      description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
  int latencySeconds;

  @Option(
      names = "--output-dir",
      defaultValue = "target/bench",
      description = "Where bench.json and bench.md go (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "A Kafka Streams or client setting for the baselines and the pipeline alike, e.g."
              + " --set producer.linger.ms=5 (repeatable).")
  Map<String, String> clientSettings = new LinkedHashMap<>();

  @Option(names = "--skip-demo", description = "Don't time the demo's first story.")
  boolean skipDemo;

  @Mixin VerboseOption verbose;

  @Override
  public Integer call() throws Exception {
    if (messages < 1
        || messageBytes < 100
        || partitions < 1
        || threads < 1
        || rate < 1
        || latencySeconds < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--messages, --partitions, --threads, --rate and --latency-seconds must be positive and"
              + " --message-bytes at least 100");
    }
    if (!verbose.on) {
      Logging.quiet();
    }
    PrintWriter out = spec.commandLine().getOut();
    BenchReport report =
        PipelineBench.run(
            new BenchSettings(
                messages,
                messageBytes,
                resendShare,
                partitions,
                threads,
                rate,
                latencySeconds,
                outputDir,
                skipDemo ? null : demoCommand(),
                javaCommand("run"),
                jvm(),
                Map.copyOf(clientSettings)),
            out);
    out.print(report.table());
    report.write(outputDir);
    out.println(
        "wrote " + outputDir.resolve("bench.json") + " and " + outputDir.resolve("bench.md"));
    out.flush();
    return 0;
  }

  /** A fresh JVM running this same code, as a user starts the demo. */
  private static List<String> demoCommand() {
    List<String> command = new ArrayList<>(javaCommand("demo"));
    command.addAll(List.of("--once", "--broker-port", "0", "--registry-port", "0"));
    return command;
  }

  /** A fresh JVM running one of this same code's commands, with the JVM's default options. */
  private static List<String> javaCommand(String subcommand) {
    List<String> command = new ArrayList<>(jvm());
    command.addAll(List.of(Main.class.getName(), subcommand));
    return command;
  }

  /** This JVM's executable and class path, for a fresh JVM of this same code. */
  private static List<String> jvm() {
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-cp", System.getProperty("java.class.path"));
  }
}
