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
          + " order, or by file time; hidden files and --exclude matches left out), and captures"
          + " split into their messages with the processor's own framing: ANPA-1312, IPTC 7901,"
          + " ZCZC telex, NITF and NewsML documents, one record each, however many a file"
          + " holds (the file is read a window at a time, never whole).",
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

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      split = ",",
      defaultValue = "INDEX*,README*,*.md,*.sha256,*.md5",
      description =
          "In folders, leave out files whose name matches GLOB (repeat, or a comma list; hidden"
              + " files are always left out; files named on the command line are always sent)"
              + " (default: ${DEFAULT-VALUE}).")
  List<String> excludes;

  InputFiles.Opener opener = InputFiles.FILES;

  private int unreadable;

  @Override
  public Integer call() throws InterruptedException {
    checkOptions();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = files(err);
    String target = topic != null ? topic : cluster.topics().raw();
    PrintWriter out = spec.commandLine().getOut();
    int maxRequestBytes = maxRequestBytes();
    var progress =
        new ReplayProgress(
            err, System.console() != null, dryRun ? 0 : countMessages(files, maxRequestBytes));
    if (dryRun) {
      for (Path file : files) {
        sendFile(
            file,
            maxRequestBytes,
            message -> {
              out.printf(
                  "%s  %d bytes  key=%s%n", message.name(), message.bytes().length, keyOf(message));
              progress.messageSent(message.bytes().length);
            });
        progress.fileDone();
      }
      out.println("dry run, nothing sent: " + summary(progress, target));
      return finish(err);
    }
    try (var admin = new ClusterAdmin(cluster)) {
      admin.requireTopics(List.of(target));
    }
    try (var producer =
        new FeedProducer(
            cluster.clientProperties(ProducerConfig.configNames()), target, maxRequestBytes)) {
      ReplayPacer pacer = pacer();
      for (Path file : files) {
        Instant fileTime = modified(file);
        sendFile(
            file,
            maxRequestBytes,
            message -> {
              pacer.awaitTurn(fileTime);
              producer.send(message, keyOf(message));
              progress.messageSent(message.bytes().length);
            });
        progress.fileDone();
      }
      producer.flush();
    } finally {
      progress.finish();
    }
    out.println("replayed " + summary(progress, target));
    return finish(err);
  }

  /** What replay does with each message of a file, in order. */
  private interface MessageSink {
    void accept(FeedMessage message) throws InterruptedException;
  }

  /** Sends every message of one file; a file that cannot be read is reported and counted. */
  private void sendFile(Path file, int maxRequestBytes, MessageSink sink)
      throws InterruptedException {
    try (var capture = new CaptureReader(opener, file, maxRequestBytes)) {
      for (FeedMessage message = capture.next(); message != null; message = capture.next()) {
        sink.accept(message);
      }
    } catch (CaptureReader.MessageTooLargeException e) {
      unreadable++;
      spec.commandLine()
          .getErr()
          .println("replay: " + e.getMessage() + ": the rest of " + file + " was not sent");
    } catch (IOException e) {
      unreadable++;
      spec.commandLine().getErr().println("replay: " + InputFiles.why(file, e));
    }
  }

  /** The messages the files hold, for the progress; a file that cannot be read counts none. */
  private long countMessages(List<Path> files, int maxRequestBytes) {
    long count = 0;
    for (Path file : files) {
      try (var capture = new CaptureReader(opener, file, maxRequestBytes)) {
        while (capture.next() != null) {
          count++;
        }
      } catch (IOException e) {
        // Said when the file is sent.
      }
    }
    return count;
  }

  private int finish(PrintWriter err) {
    if (unreadable == 0) {
      return 0;
    }
    err.println(
        "replay: "
            + unreadable
            + (unreadable == 1 ? " file was" : " files were")
            + " not sent whole (see above); everything else was");
    return 1;
  }

  private void checkOptions() {
    if (rate != null && pace != null) {
      throw new ParameterException(spec.commandLine(), "give --rate or --pace, not both");
    }
    if ((rate != null && rate <= 0) || speed <= 0) {
      throw new ParameterException(spec.commandLine(), "--rate and --speed must be above 0");
    }
  }

  private List<Path> files(PrintWriter err) {
    InputFiles.Listing listing = InputFiles.list(paths, excludes);
    listing.skipped().forEach(skipped -> err.println("replay: skipped " + skipped));
    listing.unreadable().forEach(why -> err.println("replay: " + why));
    unreadable += listing.unreadable().size();
    List<Path> files = listing.files();
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

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
