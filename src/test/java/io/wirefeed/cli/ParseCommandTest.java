package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printsTheSeedTelexAsPlainJsonWithTheAvroFieldNames(@TempDir Path dir) throws IOException {
    Path seed = copySample("01-003_be4688365d14eba1.txt", dir);

    CommandRun run = CommandRun.of("parse", seed.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode story = JSON.readTree(run.out());
    assertThat(story.get("slug").asText()).isEqualTo("RUSSIA-NKOREA-SUMMIT");
    assertThat(story.get("format").asText()).isEqualTo("ZCZC");
    assertThat(story.get("dateline").get("date").asText()).isEqualTo("2019-04-24");
    assertThat(story.get("contentHash").asText()).hasSize(64);
    assertThat(story.get("byline").isNull()).as("nulls as null").isTrue();
    assertThat(story.get("origin").isNull()).isTrue();
    assertThat(story.get("body").get(0).get("kind").asText()).isEqualTo("PARAGRAPH");
    assertThat(story.get("receivedAt").asLong())
        .isEqualTo(Files.getLastModifiedTime(seed).toMillis());
  }

  @Test
  void aFileThatDoesNotParseIsNamedOnStderrAndTheExitCodeSaysSo(@TempDir Path dir)
      throws IOException {
    Path good = copySample("03-port-strike-telex.txt", dir);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n ", StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of("parse", good.toString(), blank.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).contains("parse: " + blank + ": whitespace-only message");
  }

  @Test
  void aMissingFileIsAOneLineError(@TempDir Path dir) {
    CommandRun run = CommandRun.of("parse", dir.resolve("nope.txt").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err().strip())
        .startsWith("wirefeed: ")
        .contains("nope.txt")
        .doesNotContain("\tat ");
  }

  @Test
  void aFileOverTheLimitIsReportedWithItsRealSize(@TempDir Path dir) throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "Plain text.\n".repeat(1_000));

    CommandRun run = CommandRun.of("parse", "--max-message-bytes", "100", big.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .startsWith("parse: " + big + ": file is 12000 bytes, over the 100-byte limit");
  }

  @Test
  void anUnreadableFileIsNamedAndTheOthersAreStillParsed(@TempDir Path dir) throws IOException {
    Path locked = copySample("03-port-strike-telex.txt", dir);
    Path good = copySample("05-election-result-telex.txt", dir);
    CommandRun run =
        CommandRun.of(
            commandLine ->
                ((ParseCommand) commandLine.getSubcommands().get("parse").getCommand()).opener =
                    CommandRun.denying(locked),
            "parse",
            locked.toString(),
            good.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err().lines())
        .containsExactly(
            "parse: cannot read " + locked + ": permission denied",
            "parse: 1 file or folder could not be read (see above); the others were parsed");
  }

  private static Path copySample(String name, Path dir) throws IOException {
    try (InputStream in = ParseCommandTest.class.getResourceAsStream("/sample-feed/" + name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }
}
