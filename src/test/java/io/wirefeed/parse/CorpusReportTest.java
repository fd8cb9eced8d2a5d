package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses every file of a folder of real wire files and prints, per file, the format detected, the
 * message count and the fields found, then totals; the table also goes to {@code
 * target/corpus-report.md}. The folder is {@code -Dwirefeed.corpus=DIR}, by default the shared
 * corpus next to the project ({@code ../shared/wire-corpus}); without it the test is skipped. The
 * files are agencies' copyright and are never copied into the project.
 */
class CorpusReportTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void everyCorpusFileGivesAStoryOrAReasonedReject() throws IOException {
    Path corpus = Path.of(System.getProperty("wirefeed.corpus", "../shared/wire-corpus"));
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus folder at " + corpus);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().equals("INDEX.md"))
              .sorted()
              .toList();
    }
    CorpusReport report = new CorpusReport();
    for (Path file : files) {
      List<MessageResult> results = parser.parseAll(Files.readAllBytes(file));
      report.add(corpus.relativize(file).toString(), results);
      assertThat(results).isNotEmpty();
      for (MessageResult result : results) {
        if (result.result() instanceof ParseResult.Failed failed) {
          assertThat(failed.reason()).as(file.toString()).isNotBlank();
        }
      }
    }
    String table = report.table();
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "corpus-report.md"), table, StandardCharsets.UTF_8);
    assertThat(report.files()).isEqualTo(files.size());
  }

  /** One row per file: format, messages, stories, rejects, fields found. */
  static final class CorpusReport {
    private final List<String> rows = new ArrayList<>();
    private int files;
    private int messages;
    private int stories;
    private int rejects;

    void add(String file, List<MessageResult> results) {
      files++;
      for (MessageResult result : results) {
        messages++;
        String format = result.format() == null ? "-" : result.format().name();
        if (result.result() instanceof ParseResult.Parsed parsed) {
          stories++;
          rows.add(row(file, format, results.size(), "story", fields(parsed.story())));
        } else {
          rejects++;
          rows.add(
              row(
                  file,
                  format,
                  results.size(),
                  "reject",
                  ((ParseResult.Failed) result.result()).reason()));
        }
      }
    }

    int files() {
      return files;
    }

    String table() {
      StringBuilder table = new StringBuilder();
      table.append("| file | format | msgs | outcome | fields found / reason |\n");
      table.append("|---|---|---|---|---|\n");
      rows.forEach(r -> table.append(r).append('\n'));
      table.append(
          String.format(
              "| **total: %d files** | | %d | %d stories, %d rejects | |%n",
              files, messages, stories, rejects));
      return table.toString();
    }

    private static String row(
        String file, String format, int count, String outcome, String detail) {
      return String.format(
          "| %s | %s | %d | %s | %s |", file, format, count, outcome, detail.replace("|", "\\|"));
    }

    private static String fields(ParsedStory story) {
      Editorial e = story.editorial();
      List<String> found = new ArrayList<>();
      add(found, "headline", story.headline());
      add(found, "slug", story.slug());
      add(found, "byline", story.byline());
      add(found, "dateline", story.dateline() == null ? null : story.dateline().text());
      add(found, "agency", story.agency());
      add(found, "signOff", story.signOff());
      add(found, "storyNumber", e.storyNumber());
      add(found, "version", e.version());
      add(found, "priority", e.priority());
      add(found, "category", e.category());
      add(found, "service", e.service());
      add(found, "declaredWords", e.declaredWordCount());
      add(found, "transmittedAt", e.transmittedAt());
      add(found, "embargoUntil", e.embargoUntil());
      add(found, "language", e.language());
      add(found, "itemId", e.itemId());
      add(found, "storyKey", e.storyKey());
      if (!e.notes().isEmpty()) {
        found.add("notes=" + e.notes().size());
      }
      if (!e.keywords().isEmpty()) {
        found.add("keywords=" + e.keywords().size());
      }
      if (!e.subjects().isEmpty()) {
        found.add("subjects=" + e.subjects().size());
      }
      long tables = story.body().stream().filter(b -> b.kind() == Block.Kind.TABLE).count();
      found.add("status=" + e.status());
      found.add("blocks=" + story.body().size() + (tables > 0 ? " (tables=" + tables + ")" : ""));
      found.add("words=" + story.wordCount());
      found.add(story.charset());
      return String.join(", ", found);
    }

    private static void add(List<String> found, String name, Object value) {
      if (value != null) {
        found.add(name);
      }
    }
  }
}
