package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    List<Path> files = Fixtures.filesBelow(corpus);
    CorpusReport report = new CorpusReport(classesByFile());
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

  /** {@code corpus-classes.txt}: which classes of issue 11 apply to which corpus file. */
  private static Map<String, String> classesByFile() throws IOException {
    Map<String, String> classes = new HashMap<>();
    for (String line :
        new String(Fixtures.parseFixture("corpus-classes.txt"), StandardCharsets.UTF_8)
            .lines()
            .toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      classes.put(line.substring(0, space), line.substring(space + 1).strip());
    }
    return classes;
  }

  /**
   * One row per message: format, messages, outcome, how many of the named fields were read, which
   * classes of issue 11 apply, and the fields found (or the reject reason).
   */
  static final class CorpusReport {
    private final List<String> rows = new ArrayList<>();
    private final Map<String, String> classes;
    private int files;
    private int messages;
    private int stories;
    private int rejects;
    private int fieldsRead;

    CorpusReport(Map<String, String> classes) {
      this.classes = classes;
    }

    void add(String file, List<MessageResult> results) {
      files++;
      for (MessageResult result : results) {
        messages++;
        String format = result.format() == null ? "-" : result.format().name();
        String applying = classes.getOrDefault(file.replace('\\', '/'), "");
        if (result.result() instanceof ParseResult.Parsed parsed) {
          stories++;
          List<String> found = fields(parsed.story());
          int read = namedFieldCount(found);
          fieldsRead += read;
          rows.add(
              row(
                  file,
                  format,
                  results.size(),
                  "story",
                  Integer.toString(read),
                  applying,
                  String.join(", ", found)));
        } else {
          rejects++;
          rows.add(
              row(
                  file,
                  format,
                  results.size(),
                  "reject",
                  "0",
                  applying,
                  ((ParseResult.Failed) result.result()).reason()));
        }
      }
    }

    int files() {
      return files;
    }

    String table() {
      StringBuilder table = new StringBuilder();
      table.append(
          "| file | format | msgs | outcome | fields read | issue 11 classes | fields found /"
              + " reason |\n");
      table.append("|---|---|---|---|---|---|---|\n");
      rows.forEach(r -> table.append(r).append('\n'));
      table.append(
          String.format(
              "| **total: %d files** | | %d | %d stories, %d rejects | %d (%.1f per file) | | |%n",
              files, messages, stories, rejects, fieldsRead, fieldsRead / (double) files));
      return table.toString();
    }

    /** The named fields come before {@code status=}, which every story has. */
    private static int namedFieldCount(List<String> found) {
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i).startsWith("status=")) {
          return i;
        }
      }
      return found.size();
    }

    private static String row(
        String file,
        String format,
        int count,
        String outcome,
        String read,
        String applying,
        String detail) {
      return String.format(
          "| %s | %s | %d | %s | %s | %s | %s |",
          file, format, count, outcome, read, applying, detail.replace("|", "\\|"));
    }

    /**
     * The named fields read (headline … storyKey, kicker, notes=N, keywords=N, subjects=N), then
     * status, blocks, words and charset, which every story has.
     */
    private static List<String> fields(ParsedStory story) {
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
      add(found, "kicker", e.kicker());
      if (!e.notes().isEmpty()) {
        found.add("notes=" + e.notes().size());
      }
      if (!e.keywords().isEmpty()) {
        found.add("keywords=" + e.keywords().size());
      }
      if (!e.subjects().isEmpty()) {
        found.add("subjects=" + e.subjects().size());
      }
      long tables = story.body().stream().filter(b -> b.kind() == ParsedBlock.Kind.TABLE).count();
      found.add("status=" + e.status());
      found.add("blocks=" + story.body().size() + (tables > 0 ? " (tables=" + tables + ")" : ""));
      found.add("words=" + story.wordCount());
      found.add(story.charset());
      return found;
    }

    private static void add(List<String> found, String name, Object value) {
      if (value != null) {
        found.add(name);
      }
    }
  }
}
