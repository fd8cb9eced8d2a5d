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
      "Without --follow it stops at the end the topic had when it started."
    })
final class TailCommand implements Callable<Integer> {

  private static final Duration POLL = Duration.ofMillis(500);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Parameters(
      index = "0",
      paramLabel = "TOPIC",
      description = "stories, duplicates, rejects, links (the topic.* names), or any topic name.")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the start, not at the end.")
  boolean fromBeginning;

  @Option(names = "--follow", description = "Keep waiting for new records until Ctrl-C.")
  boolean follow;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N printed records.")
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

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String name = topicName(cluster.topics());
    try (var reader = new AvroTopicReader(cluster, List.of(name), fromBeginning)) {
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
        print(reader, out);
      } catch (WakeupException e) {
        // Ctrl-C: a normal end.
      } finally {
        done.countDown();
        removeQuietly(stop);
      }
    }
    return 0;
  }

  private void print(AvroTopicReader reader, PrintWriter out) {
    long printed = 0;
    while ((follow || !reader.reachedEnd()) && (max == null || printed < max)) {
      for (AvroTopicReader.Decoded decoded : reader.poll(POLL)) {
        if (max != null && printed >= max) {
          break;
        }
        String line = TailLine.text(decoded);
        if (matches(decoded, line)) {
          out.println(json ? TailLine.json(decoded) : line);
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
