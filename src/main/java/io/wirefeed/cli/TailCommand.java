package io.wirefeed.cli;

import io.wirefeed.topology.TopologyConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tail TOPIC}: prints the processor's output records, decoded through the registry. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Prints records of wire.stories, wire.duplicates, wire.rejects or wire.links, decoded"
          + " through the Schema Registry: one readable line per record (time, agency/source, slug,"
          + " hash prefix, headline; for rejects where the raw message was read, the reason and a"
          + " safe preview of its bytes; for links both hashes, the similarity, containment and"
          + " cluster), or JSON lines with --json. Reads read_committed and commits nothing.",
      "With --from-beginning or --offset it stops at the end the topic had when it started,"
          + " unless --follow; with neither it waits for new records until Ctrl-C or"
          + " --max-messages, as kcat and the console consumer do.",
      "kcat's and the console consumer's habits work: -t/--topic, --partition, --offset,"
          + " --max-messages, -X KEY=VALUE, and a kcat --format string."
    })
final class TailCommand implements Callable<Integer> {

  private static final Duration POLL = Duration.ofMillis(500);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReadOptions cluster;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TOPIC",
      description = "stories, duplicates, rejects, links (the topic.* names), or any topic name.")
  String topic;

  @Option(
      names = {"-t", "--topic"},
      paramLabel = "TOPIC",
      description = "The topic, as kcat and the console consumer take it (instead of TOPIC).")
  String topicOption;

  @Option(names = "--from-beginning", description = "Start at the start, not at the end.")
  boolean fromBeginning;

  @Option(
      names = "--offset",
      paramLabel = "WHERE",
      description =
          "Start at beginning, end, an offset, or -N (N records before the end), in every"
              + " partition read.")
  String offset;

  @Option(
      names = "--partition",
      paramLabel = "N",
      description = "Read only this partition (default: all).")
  Integer partition;

  @Option(names = "--follow", description = "Keep waiting for new records until Ctrl-C.")
  boolean follow;

  @Option(
      names = {"--max-messages", "--max"},
      paramLabel = "N",
      description = "Stop after N printed records.")
  Long max;

  @Option(
      names = "--grep",
      paramLabel = "TEXT",
      description = "Only records whose line or fields contain TEXT (any case).")
  String grep;

  @Option(
      names = "--agency",
      paramLabel = "X",
      description = "Only stories and duplicates whose agency or source is X (any case).")
  String agency;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "kcat's output format: %t topic, %p partition, %o offset, %T timestamp (ms), %k key, %s"
              + " value as JSON, %l the readable line, %K/%S key/value bytes, \\n newline"
              + " (nothing is added: end with \\n).")
  String format;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    TailFormat lineFormat = checkOptions();
    String name = topicName(cluster.topics());
    AvroTopicReader.StartAt start =
        offset != null
            ? AvroTopicReader.StartAt.parse(offset)
            : fromBeginning ? AvroTopicReader.StartAt.BEGINNING : AvroTopicReader.StartAt.END;
    // Reading from the end and stopping there would print nothing: wait, as kcat does.
    boolean waiting = follow || (!fromBeginning && offset == null);
    try (var reader = new AvroTopicReader(cluster, List.of(name), start, partition)) {
      if (waiting) {
        spec.commandLine()
            .getErr()
            .println(
                "tail: waiting for "
                    + (fromBeginning || offset != null ? "more" : "new")
                    + " records on "
                    + name
                    + "; Ctrl-C stops (--from-beginning reads what is there)");
      }
      CountDownLatch done = new CountDownLatch(1);
      // Ctrl-C ends a --follow: wake the poll and let this thread close the consumer.
      Thread stop =
          new Thread(
              () -> {
                reader.wakeup();
                awaitQuietly(done);
              },
              "wirefeed-tail-stop");
      Runtime.getRuntime().addShutdownHook(stop);
      try {
        print(reader, out, waiting, lineFormat);
      } catch (WakeupException e) {
        // Ctrl-C: a normal end.
      } finally {
        done.countDown();
        removeQuietly(stop);
      }
    }
    return 0;
  }

  private TailFormat checkOptions() {
    if (topic != null && topicOption != null && !topic.equals(topicOption)) {
      throw new ParameterException(
          spec.commandLine(), "give the topic once: TOPIC or -t/--topic, not both");
    }
    if (topic == null) {
      topic = topicOption;
    }
    if (topic == null) {
      throw new ParameterException(
          spec.commandLine(), "which topic? give stories, duplicates, rejects or -t TOPIC");
    }
    if (offset != null && fromBeginning) {
      throw new ParameterException(spec.commandLine(), "give --from-beginning or --offset");
    }
    if (offset != null) {
      try {
        AvroTopicReader.StartAt.parse(offset);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (format == null) {
      return null;
    }
    if (json) {
      throw new ParameterException(spec.commandLine(), "give --json or --format, not both");
    }
    try {
      return new TailFormat(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void print(
      AvroTopicReader reader, PrintWriter out, boolean waiting, TailFormat lineFormat) {
    long printed = 0;
    while ((waiting || !reader.reachedEnd()) && (max == null || printed < max)) {
      for (AvroTopicReader.Decoded decoded : reader.poll(POLL)) {
        if (max != null && printed >= max) {
          break;
        }
        String line = TailLine.text(decoded);
        if (matches(decoded, line)) {
          if (lineFormat != null) {
            out.print(lineFormat.apply(decoded));
          } else {
            out.println(json ? TailLine.json(decoded) : line);
          }
          printed++;
        }
      }
      out.flush();
    }
  }

  private boolean matches(AvroTopicReader.Decoded decoded, String line) {
    if (agency != null && !TailLine.fromAgency(decoded, agency)) {
      return false;
    }
    if (grep == null) {
      return true;
    }
    String needle = grep.toLowerCase(Locale.ROOT);
    return line.toLowerCase(Locale.ROOT).contains(needle)
        || (decoded.value() != null
            && decoded.value().toString().toLowerCase(Locale.ROOT).contains(needle));
  }

  private String topicName(TopologyConfig.Topics topics) {
    return switch (topic) {
      case "stories" -> topics.stories();
      case "duplicates" -> topics.duplicates();
      case "rejects" -> topics.rejects();
      case "links" -> topics.links();
      default -> topic;
    };
  }

  private static void awaitQuietly(CountDownLatch done) {
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running and waits for us.
    }
  }
}
