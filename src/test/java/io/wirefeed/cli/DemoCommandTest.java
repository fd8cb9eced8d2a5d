package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.parse.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end, in-process, on free ports. */
class DemoCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSampleFeedComesOutDeduplicatedInInputOrderTheSameEveryRun() {
    CommandRun first =
        CommandRun.of("demo", "--once", "--broker-port", "0", "--registry-port", "0");
    CommandRun second =
        CommandRun.of("demo", "--once", "--broker-port", "0", "--registry-port", "0");

    assertThat(first.exitCode()).as(first.err()).isZero();
    List<String> lines = first.out().lines().toList();
    assertThat(lines.get(0)).matches("bootstrap=127\\.0\\.0\\.1:\\d+");
    assertThat(lines.get(1)).matches("registry=http://127\\.0\\.0\\.1:\\d+");
    assertThat(lines.get(2))
        .startsWith("story ")
        .contains("01-003_be4688365d14eba1.txt", "BSS/AFP", "RUSSIA-NKOREA-SUMMIT")
        .contains("N.Korea’s Kim, Putin to hold first talks in Russia’s Far East");
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("duplicate ")
                    .contains("06-port-strike-rewrapped-resend.txt")
                    .endsWith("of 03-port-strike-telex.txt"));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("reject ").contains("no body"));
    assertThat(lines.get(4))
        .as("the link right after the story it links")
        .matches(
            "link {7}[0-9a-f]{12} {2}02-000_e0efc4075075a759\\.txt +~ 01-003_be4688365d14eba1\\.txt"
                + " {2}0\\.\\d\\d");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("summary: stories=6 duplicates=4 rejects=3 links=1");
    assertThat(withoutAddresses(second.out())).isEqualTo(withoutAddresses(first.out()));
  }

  @Test
  void jsonLinesCarryTheWholeRecordsAndASummary(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("feed"));
    String story =
        "ZCZC\nBFF-01\nTEST-SLUG\nA headline\n\nDHAKA, Jan 5, 2026 (BSS) – First paragraph.\n\n"
            + "Second paragraph.\n\nBSS/AB/1000 hrs\nNNNN\n";
    Files.writeString(input.resolve("a.txt"), story);
    Files.writeString(input.resolve("b.txt"), story.replace("1000 hrs", "1100 hrs"));
    Files.writeString(input.resolve("c.txt"), "");
    Files.write(input.resolve("d.txt"), Fixtures.sampleFeed("01-003_be4688365d14eba1.txt"));
    Files.write(input.resolve("e.txt"), Fixtures.sampleFeed("02-000_e0efc4075075a759.txt"));

    CommandRun run =
        CommandRun.of(
            "demo",
            "--once",
            "--json",
            "--input",
            input.toString(),
            "--broker-port",
            "0",
            "--registry-port",
            "0");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Every stdout line is one JSON object, the addresses too.
    List<JsonNode> lines = run.out().lines().map(DemoCommandTest::json).toList();
    assertThat(lines)
        .extracting(r -> r.get("kind").asText())
        .containsExactly(
            "started", "story", "duplicate", "reject", "story", "story", "link", "summary");
    assertThat(lines.get(0).get("bootstrap").asText()).matches("127\\.0\\.0\\.1:\\d+");
    assertThat(lines.get(0).get("registry").asText()).startsWith("http://127.0.0.1:");
    List<JsonNode> records = lines.subList(1, lines.size());
    assertThat(records.get(0).get("record").get("slug").asText()).isEqualTo("TEST-SLUG");
    assertThat(records.get(0).get("input").asText()).endsWith("a.txt");
    assertThat(records.get(1).get("record").get("firstOrigin").get("offset").asLong()).isZero();
    assertThat(records.get(2).get("record").get("reason").asText()).isEqualTo("empty message");
    JsonNode link = records.get(5);
    assertThat(link.get("input").asText()).endsWith("e.txt");
    assertThat(link.get("linkedInput").asText()).endsWith("d.txt");
    assertThat(link.get("record").get("linkedContentHash").asText())
        .isEqualTo(records.get(3).get("record").get("contentHash").asText())
        .isEqualTo(link.get("record").get("clusterId").asText());
    assertThat(link.get("record").get("similarity").isNumber()).isTrue();
    assertThat(link.get("record").get("similarity").asDouble()).isBetween(0.6, 0.8);
    assertThat(records.get(6).get("stories").asInt()).isEqualTo(3);
    assertThat(records.get(6).get("links").asInt()).isEqualTo(1);
  }

  @Test
  void withADataDirTheSecondRunRemembersEveryStory(@TempDir Path dir) {
    String[] args = {
      "demo", "--once", "--data-dir", dir.toString(), "--broker-port", "0", "--registry-port", "0"
    };

    CommandRun first = CommandRun.of(args);
    CommandRun second = CommandRun.of(args);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(lastLine(first)).isEqualTo("summary: stories=6 duplicates=4 rejects=3 links=1");
    assertThat(lastLine(second)).isEqualTo("summary: stories=0 duplicates=10 rejects=3 links=0");
  }

  private static String lastLine(CommandRun run) {
    List<String> lines = run.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static String withoutAddresses(String out) {
    return out.lines().skip(2).reduce("", (a, b) -> a + b + "\n");
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
