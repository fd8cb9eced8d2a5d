package io.wirefeed.cli;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.topology.TopologyConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats}: what the processor has published so far, and how far behind it is. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Reads wire.stories, wire.duplicates, wire.rejects and wire.links (read_committed, from"
          + " the start to their current end) and prints counts per agency/source and format, the"
          + " duplicate rate, reject reasons, near-duplicate links, and the lag of the processor's"
          + " consumer group on wire.raw."
    })
final class StatsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReadOptions cluster;

  @Option(
      names = "--application-id",
      paramLabel = "ID",
      description =
          "The processor's application.id, its consumer group (default: application.id,"
              + " else wirefeed).")
  String applicationId;

  private final Map<String, Integer> byAgency = new TreeMap<>();
  private final Map<String, Integer> byFormat = new TreeMap<>();
  private final Map<String, Integer> byReason = new TreeMap<>();
  private int stories;
  private int duplicates;
  private int rejects;
  private int links;

  @Override
  public Integer call() {
    TopologyConfig.Topics topics = cluster.topics();
    List<String> read =
        new java.util.ArrayList<>(List.of(topics.stories(), topics.duplicates(), topics.rejects()));
    try (var admin = new ClusterAdmin(cluster)) {
      if (admin.exists(topics.links())) { // absent when the processor runs with linking off
        read.add(topics.links());
      }
    }
    try (var reader = new AvroTopicReader(cluster, read, true)) {
      while (!reader.reachedEnd()) {
        reader.poll(Duration.ofMillis(500)).forEach(this::count);
      }
    }
    String group =
        applicationId != null
            ? applicationId
            : cluster
                .settings()
                .getOrDefault("application.id", WirefeedConfig.DEFAULT_APPLICATION_ID);
    GroupLag lag;
    try (var admin = new ClusterAdmin(cluster)) {
      lag = GroupLag.of(admin, group, topics.raw());
    }
    print(spec.commandLine().getOut(), lag);
    return 0;
  }

  private void count(AvroTopicReader.Decoded decoded) {
    GenericRecord record = decoded.value();
    switch (decoded.kind()) {
      case "story" -> {
        stories++;
        byAgency.merge(agencyAndSource(record), 1, Integer::sum);
        byFormat.merge(String.valueOf(record.get("format")), 1, Integer::sum);
      }
      case "duplicate" -> duplicates++;
      case "storylink" -> links++;
      case "reject" -> {
        rejects++;
        byReason.merge(String.valueOf(record.get("reason")), 1, Integer::sum);
      }
      default -> {}
    }
  }

  private void print(PrintWriter out, GroupLag lag) {
    int seen = stories + duplicates;
    out.printf("stories     %d%n", stories);
    out.printf(
        Locale.ROOT,
        "duplicates  %d  (duplicate rate %.1f%% of %d parsed stories)%n",
        duplicates,
        seen == 0 ? 0.0 : 100.0 * duplicates / seen,
        seen);
    out.printf("rejects     %d%n", rejects);
    out.printf(
        Locale.ROOT,
        "links       %d  (near-duplicate pairs among %d published stories)%n",
        links,
        stories);
    section(out, "stories by agency/source", byAgency);
    section(out, "stories by format", byFormat);
    section(out, "reject reasons", byReason);
    out.println(lag.describe());
    out.flush();
  }

  private static void section(PrintWriter out, String title, Map<String, Integer> counts) {
    out.println(title);
    if (counts.isEmpty()) {
      out.println("  (none)");
    }
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    counts.forEach((name, count) -> out.printf("  %-" + width + "s  %d%n", name, count));
  }

  private static String agencyAndSource(GenericRecord story) {
    Object agency = story.get("agency");
    Object source = story.get("source");
    if (agency == null) {
      return source == null ? "-" : source.toString();
    }
    return source == null || source.toString().equals(agency.toString())
        ? agency.toString()
        : agency + "/" + source;
  }
}
