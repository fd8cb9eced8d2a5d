package io.wirefeed.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.utils.AppInfoParser;

/** Every figure of one benchmark run, the targets they are held to, and their renderings. */
public record BenchReport(
    BenchSettings settings,
    Measurement baseline,
    Measurement baselineWithHop,
    Measurement full,
    long distinctStories,
    long dedupStateBytes,
    long latencyP50Millis,
    long latencyP99Millis,
    long latencyMaxMillis,
    Measurement scaled,
    List<Long> perInstanceRecords,
    ParseThroughput.Result parse,
    DemoStartup.Times demo,
    long peakRssBytes,
    LinkingCost linking) {
  /** Issue 15's target: the pipeline with linking keeps at least this share of its throughput. */
  static final double TARGET_LINKED_OVER_UNLINKED = 0.8;

  /**
   * The same pipeline run once more with {@code link.enabled=false}, on the same feed.
   *
   * @param unlinked the run without linking
   * @param links links the run with linking published
   * @param linkStateBytes the link band store's files and changelog after the run with linking
   * @param distinctStories stories the run with linking published
   */
  public record LinkingCost(
      Measurement unlinked, long links, long linkStateBytes, long distinctStories) {}

  public double linkedOverUnlinked() {
    return full.recordsPerSecond() / linking.unlinked().recordsPerSecond();
  }

  /**
   * The full pipeline against Kafka's own cost of its shape: the identity topology with the same
   * repartition hop. The identity topology without a hop is no fair bar for a pipeline that must
   * repartition by content hash.
   */
  static final double TARGET_FULL_OVER_HOP = 0.8;

  /** Stream-thread CPU per message: at most this times the hop baseline's, plus the parse. */
  static final double TARGET_STREAM_CPU_OVER_HOP = 2;

  static final double TARGET_PARSE_MB_PER_CORE = 200;
  static final long TARGET_P99_MILLIS = 150;
  static final Duration TARGET_DEMO_FIRST_STORY = Duration.ofSeconds(3);
  static final Duration TARGET_DEMO_ONCE = Duration.ofSeconds(4);

  /** One row of the report: a figure, its target and whether it is met. */
  public record Row(String figure, String measured, String target, Boolean met) {}

  public double fullOverBaseline() {
    return full.recordsPerSecond() / baseline.recordsPerSecond();
  }

  public double fullOverHop() {
    return full.recordsPerSecond() / baselineWithHop.recordsPerSecond();
  }

  /** The stream-thread CPU per message the full pipeline may use: see {@link #rows()}. */
  public double streamCpuBudgetMicros() {
    return TARGET_STREAM_CPU_OVER_HOP * streamThreadMicros(baselineWithHop)
        + 1e6 / parse.parseMessagesPerSecond();
  }

  private static double streamThreadMicros(Measurement measurement) {
    return measurement.cpu().microsPerMessage().getOrDefault(CpuBreakdown.STREAM_THREADS, 0.0);
  }

  public double stateBytesPerStory() {
    return distinctStories == 0 ? 0 : (double) dedupStateBytes / distinctStories;
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(row("baseline (identity, EOS v2)", perSecond(baseline), "", null));
    rows.add(row("baseline + repartition hop", perSecond(baselineWithHop), "", null));
    rows.add(row("full pipeline", perSecond(full), "", null));
    rows.add(
        row("full / baseline", String.format(Locale.ROOT, "%.2f x", fullOverBaseline()), "", null));
    rows.add(
        row(
            "full / baseline + hop",
            String.format(
                Locale.ROOT,
                "%.2f x (the hop alone: %.2f x baseline)",
                fullOverHop(),
                baselineWithHop.recordsPerSecond() / baseline.recordsPerSecond()),
            "≥ " + TARGET_FULL_OVER_HOP + " x",
            fullOverHop() >= TARGET_FULL_OVER_HOP));
    rows.add(row("CPU per message, baseline", cpu(baseline), "", null));
    rows.add(row("CPU per message, baseline + hop", cpu(baselineWithHop), "", null));
    rows.add(row("CPU per message, full pipeline", cpu(full), "", null));
    rows.add(
        row(
            "stream threads, full pipeline",
            String.format(
                Locale.ROOT,
                "%.0f µs per message (hop baseline %.0f µs, parse %.0f µs)",
                streamThreadMicros(full),
                streamThreadMicros(baselineWithHop),
                1e6 / parse.parseMessagesPerSecond()),
            String.format(
                Locale.ROOT,
                "≤ %.0f µs (%.0f x hop + parse)",
                streamCpuBudgetMicros(),
                TARGET_STREAM_CPU_OVER_HOP),
            streamThreadMicros(full) <= streamCpuBudgetMicros()));
    rows.add(row("full pipeline without linking", perSecond(linking.unlinked()), "", null));
    rows.add(
        row(
            "linking: full with / without",
            String.format(
                Locale.ROOT, "%.2f x (%,d links published)", linkedOverUnlinked(), linking.links()),
            "≥ " + TARGET_LINKED_OVER_UNLINKED + " x",
            linkedOverUnlinked() >= TARGET_LINKED_OVER_UNLINKED));
    rows.add(
        row("CPU per message, full pipeline without linking", cpu(linking.unlinked()), "", null));
    rows.add(
        row(
            "link state per story",
            String.format(
                Locale.ROOT,
                "%.0f bytes (%,d bytes / %,d stories)",
                linking.distinctStories() == 0
                    ? 0.0
                    : (double) linking.linkStateBytes() / linking.distinctStories(),
                linking.linkStateBytes(),
                linking.distinctStories()),
            "",
            null));
    double parseMb = parse.parseBytesPerSecond() / 1e6;
    rows.add(
        row(
            "parse + hash, one core",
            String.format(
                Locale.ROOT,
                "%.0f MB/s, %,.0f msg/s (floor %.0f MB/s, cost %.1f x floor)",
                parseMb,
                parse.parseMessagesPerSecond(),
                parse.floorBytesPerSecond() / 1e6,
                parse.costRatio()),
            "≥ " + (int) TARGET_PARSE_MB_PER_CORE + " MB/s",
            parseMb >= TARGET_PARSE_MB_PER_CORE));
    rows.add(
        row(
            "latency at " + settings.offeredRate() + " msg/s",
            String.format(
                Locale.ROOT,
                "p50 %d ms, p99 %d ms, max %d ms",
                latencyP50Millis,
                latencyP99Millis,
                latencyMaxMillis),
            "p99 ≤ " + TARGET_P99_MILLIS + " ms",
            latencyP99Millis <= TARGET_P99_MILLIS));
    rows.add(
        row(
            "dedup state per story",
            String.format(
                Locale.ROOT,
                "%.0f bytes (%,d bytes / %,d stories: entries and expiry index, files and"
                    + " changelogs)",
                stateBytesPerStory(),
                dedupStateBytes,
                distinctStories),
            "",
            null));
    rows.add(demoRow("demo, first story", DemoStartup.Times::firstStory, TARGET_DEMO_FIRST_STORY));
    rows.add(demoRow("demo --once, wall time", DemoStartup.Times::wall, TARGET_DEMO_ONCE));
    rows.add(
        row(
            "2 instances, " + settings.partitions() + " partitions",
            perSecond(scaled) + ", records processed per instance " + perInstanceRecords,
            "",
            null));
    rows.add(
        row(
            "peak RSS (bench JVM: broker + apps)",
            peakRssBytes < 0 ? "unknown" : (peakRssBytes / (1024 * 1024)) + " MiB",
            "",
            null));
    return rows;
  }

  private Row demoRow(String figure, Function<DemoStartup.Times, Duration> time, Duration target) {
    return row(
        figure,
        demo == null ? "not measured" : seconds(time.apply(demo)),
        "≤ " + target.toSeconds() + " s",
        demo == null ? null : time.apply(demo).compareTo(target) <= 0);
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static Row row(String figure, String measured, String target, Boolean met) {
    return new Row(figure, measured, target, met);
  }

  private static String perSecond(Measurement measurement) {
    return String.format(
        Locale.ROOT,
        "%,.0f records/s, %.1f MB/s (%,d records in %.1f s)",
        measurement.recordsPerSecond(),
        measurement.megabytesPerSecond(),
        measurement.records(),
        measurement.seconds());
  }

  /** Where the CPU of one run went, in microseconds per input message. */
  private static String cpu(Measurement measurement) {
    CpuBreakdown cpu = measurement.cpu();
    StringBuilder parts = new StringBuilder();
    cpu.microsPerMessage()
        .forEach(
            (part, micros) -> parts.append(String.format(Locale.ROOT, ", %s %.0f", part, micros)));
    return String.format(
        Locale.ROOT,
        "%.0f µs on %.1f cores busy%s",
        cpu.totalMicrosPerMessage(),
        cpu.coresBusy(),
        parts);
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(machine()).append('\n');
    for (Row row : rows()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-38s %-100s %-14s %s%n",
              row.figure(),
              row.measured(),
              row.target(),
              verdict(row.met())));
    }
    return out.toString();
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("# wirefeed benchmark\n\n");
    out.append(machine())
        .append("\n\n| figure | measured | target | |\n| --- | --- | --- | --- |\n");
    for (Row row : rows()) {
      out.append("| ")
          .append(row.figure())
          .append(" | ")
          .append(row.measured())
          .append(" | ")
          .append(row.target())
          .append(" | ")
          .append(verdict(row.met()))
          .append(" |\n");
    }
    return out.toString();
  }

  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("bench.md"), markdown());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("machine", machineFacts());
    json.put("settings", settings);
    json.put("baseline", baseline);
    json.put("baselineWithHop", baselineWithHop);
    json.put("full", full);
    json.put("fullOverBaseline", fullOverBaseline());
    json.put("fullOverHop", fullOverHop());
    json.put("streamCpuBudgetMicros", streamCpuBudgetMicros());
    json.put("fullWithoutLinking", linking.unlinked());
    json.put("linkedOverUnlinked", linkedOverUnlinked());
    json.put("links", linking.links());
    json.put("linkStateBytes", linking.linkStateBytes());
    json.put(
        "latencyMillis",
        Map.of("p50", latencyP50Millis, "p99", latencyP99Millis, "max", latencyMaxMillis));
    json.put("dedupStateBytes", dedupStateBytes);
    json.put("distinctStories", distinctStories);
    json.put("stateBytesPerStory", stateBytesPerStory());
    json.put("scaled", scaled);
    json.put("perInstanceRecords", perInstanceRecords);
    json.put("parse", parse);
    json.put("demoFirstStoryMillis", demo == null ? null : demo.firstStory().toMillis());
    json.put("demoOnceMillis", demo == null ? null : demo.wall().toMillis());
    json.put("peakRssBytes", peakRssBytes);
    json.put("rows", rows());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("bench.json").toFile(), json);
  }

  private static String verdict(Boolean met) {
    return met == null ? "" : met ? "met" : "NOT MET";
  }

  private static Map<String, Object> machineFacts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("cores", Runtime.getRuntime().availableProcessors());
    facts.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    facts.put("kafka", AppInfoParser.getVersion());
    facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return facts;
  }

  private static String machine() {
    Map<String, Object> facts = machineFacts();
    return String.format(
        Locale.ROOT,
        "machine: %s cores, %s, Kafka %s, %s",
        facts.get("cores"),
        facts.get("jvm"),
        facts.get("kafka"),
        facts.get("os"));
  }
}
