package io.wirefeed.cli;

import io.wirefeed.config.ConfigKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replay PATH...}: sends captured wire files to the raw topic. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Sends captured wire files to the raw topic: files as given, folders recursively (in name"
          + " order, or by file time), and concatenated telex captures split into their messages"
          + " (a ZCZC line starts one, an NNNN line ends it).",
      "The producer is idempotent with acks=all; a failed send stops the replay naming the file it"
          + " was on (exit code 1). Ends with a summary: files, messages, bytes, seconds."
    })
final class ReplayCommand implements Callable<Integer> {

  static final int DEFAULT_MAX_REQUEST_BYTES = 8 * 1024 * 1024;

  enum Order {
    name,
    time
  }

  enum Pace {
    original
  }

  enum Key {
    name,
    none
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Wire files, captures, folders.")
  List<Path> paths;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Topic to send to (default: topic.raw, else wire.raw).")
  String topic;

  @Option(
      names = "--order",
      defaultValue = "name",
      description = "File order: name or time (modification time) (default: ${DEFAULT-VALUE}).")
  Order order;

  @Option(names = "--rate", paramLabel = "N", description = "Send at most N messages a second.")
  Double rate;

  @Option(
      names = "--pace",
      paramLabel = "original",
      description =
          "Keep the gaps between the files' modification times (implies --order time); see"
              + " --speed.")
  Pace pace;

  @Option(
      names = "--speed",
      paramLabel = "F",
      defaultValue = "1",
      description = "With --pace original: F times as fast (default: ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--key",
      defaultValue = "name",
      description =
          "Record key: name (the file path, FILE#N for a message of a capture) or none (the"
              + " producer spreads messages over partitions) (default: ${DEFAULT-VALUE}).")
  Key key;

  @Option(names = "--dry-run", description = "List what would be sent; contact no broker.")
  boolean dryRun;

  private final CaptureSplitter splitter = new FramingCaptureSplitter();

  @Override
  public Integer call() throws InterruptedException {
    checkOptions();
    List<Path> files = files();
    String target = topic != null ? topic : cluster.topics().raw();
    PrintWriter out = spec.commandLine().getOut();
    long totalBytes = files.stream().mapToLong(ReplayCommand::size).sum();
    var progress =
        new ReplayProgress(spec.commandLine().getErr(), System.console() != null, totalBytes);
    if (dryRun) {
      for (Path file : files) {
        for (FeedMessage message : FeedMessage.fromCapture(file, read(file), splitter)) {
          out.printf(
              "%s  %d bytes  key=%s%n", message.name(), message.bytes().length, keyOf(message));
          progress.messageSent(message.bytes().length);
        }
        progress.fileDone(size(file));
      }
      out.println("dry run, nothing sent: " + summary(progress, target));
      return 0;
    }
    try (var admin = new ClusterAdmin(cluster)) {
      admin.requireTopics(List.of(target));
    }
    try (var producer =
        new FeedProducer(
            cluster.clientProperties(ProducerConfig.configNames()), target, maxRequestBytes())) {
      ReplayPacer pacer = pacer();
      for (Path file : files) {
        Instant fileTime = modified(file);
        for (FeedMessage message : FeedMessage.fromCapture(file, read(file), splitter)) {
          pacer.awaitTurn(fileTime);
          producer.send(message, keyOf(message));
          progress.messageSent(message.bytes().length);
        }
        progress.fileDone(size(file));
      }
      producer.flush();
    } finally {
      progress.finish();
    }
    out.println("replayed " + summary(progress, target));
    return 0;
  }

  private void checkOptions() {
    if (rate != null && pace != null) {
      throw new ParameterException(spec.commandLine(), "give --rate or --pace, not both");
    }
    if ((rate != null && rate <= 0) || speed <= 0) {
      throw new ParameterException(spec.commandLine(), "--rate and --speed must be above 0");
    }
  }

  private List<Path> files() {
    List<Path> files = InputFiles.expand(paths);
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("cannot read " + file + ": check its permissions");
      }
    }
    if (order == Order.time || pace == Pace.original) {
      return files.stream()
          .sorted(Comparator.comparing(ReplayCommand::modified).thenComparing(Path::toString))
          .toList();
    }
    return files;
  }

  private ReplayPacer pacer() {
    if (rate != null) {
      return ReplayPacer.rate(rate);
    }
    return pace == Pace.original ? ReplayPacer.original(speed) : ReplayPacer.UNPACED;
  }

  private String keyOf(FeedMessage message) {
    return key == Key.name ? message.name() : null;
  }

  private int maxRequestBytes() {
    String value = cluster.settings().get(ConfigKeys.TOPICS_MAX_MESSAGE_BYTES);
    return value == null ? DEFAULT_MAX_REQUEST_BYTES : Integer.parseInt(value.trim());
  }

  private static String summary(ReplayProgress progress, String topic) {
    return String.format(
        Locale.ROOT,
        "files=%d messages=%d bytes=%d seconds=%.1f topic=%s",
        progress.files(),
        progress.messages(),
        progress.bytes(),
        progress.seconds(),
        topic);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
