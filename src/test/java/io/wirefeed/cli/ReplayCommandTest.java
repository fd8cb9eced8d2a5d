package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedKafkaExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  static final String TELEX =
      "ZCZC\nBFF-0%d\nSLUG-%d\nHeadline %d\n\nBody %d.\n\nBSS/AB/1000 hrs\nNNNN\n";

  @Test
  void filesFoldersAndCapturesLandOneRecordPerMessageInOrder(@TempDir Path dir) throws Exception {
    kafka.broker().createTopic("replay.raw", 1, Map.of());
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Path nested = Files.createDirectories(feed.resolve("b-nested"));
    Files.writeString(feed.resolve("a-single.txt"), telex(1));
    Files.writeString(nested.resolve("capture.txt"), "preamble\n" + telex(2) + telex(3) + "\n\n");
    Files.writeString(feed.resolve("c-plain.txt"), "Plain paragraph.\n\nAnother one.\n");

    CommandRun run = CommandRun.of(replayArgs("replay.raw", feed));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .matches("replayed files=3 messages=4 bytes=\\d+ seconds=[\\d.]+ topic=replay.raw\\s*");
    List<ConsumerRecord<String, String>> records = readAll("replay.raw", 4);
    assertThat(records)
        .extracting(ConsumerRecord::key)
        .containsExactly(
            feed.resolve("a-single.txt").toString(),
            nested.resolve("capture.txt") + "#1",
            nested.resolve("capture.txt") + "#2",
            feed.resolve("c-plain.txt").toString());
    assertThat(records.get(1).value()).isEqualTo("preamble\n" + telex(2));
    // The parser's framing ends the last message at the end of the file, blank lines and all.
    assertThat(records.get(2).value()).isEqualTo(telex(3) + "\n\n");
  }

  @Test
  void byTimeAtAFixedRateWithoutKeys(@TempDir Path dir) throws Exception {
    kafka.broker().createTopic("replay.timed", 1, Map.of());
    Path older = Files.writeString(dir.resolve("z-older.txt"), telex(1));
    Path newer = Files.writeString(dir.resolve("a-newer.txt"), telex(2));
    Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-01-05T10:00:00Z")));
    Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-01-05T10:05:00Z")));

    CommandRun run =
        CommandRun.of(
            replayArgs("replay.timed", dir, "--order", "time", "--rate", "20", "--key", "none"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<ConsumerRecord<String, String>> records = readAll("replay.timed", 2);
    assertThat(records).extracting(ConsumerRecord::key).containsOnlyNulls();
    assertThat(records).extracting(ConsumerRecord::value).containsExactly(telex(1), telex(2));
  }

  @Test
  void aDryRunListsMessagesAndContactsNoBroker(@TempDir Path dir) throws Exception {
    Path capture = Files.writeString(dir.resolve("capture.txt"), telex(1) + telex(2));

    CommandRun run =
        CommandRun.of("replay", "--bootstrap-server", "127.0.0.1:1", "--dry-run", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(3)
        .first()
        .isEqualTo(capture + "#1  " + telex(1).length() + " bytes  key=" + capture + "#1");
    assertThat(run.out()).contains("dry run, nothing sent: files=1 messages=2");
  }

  @Test
  void aMissingTopicIsOneLineNamingIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), telex(1));

    CommandRun run = CommandRun.of(replayArgs("no.such.topic", dir));

    run.assertOneLineError(1)
        .startsWith("wirefeed: topic [no.such.topic] not found at " + kafka.bootstrapServers());
  }

  @Test
  void aMissingFileIsOneLineNamingIt(@TempDir Path dir) {
    CommandRun run =
        CommandRun.of(
            "replay",
            "--bootstrap-server",
            kafka.bootstrapServers(),
            dir.resolve("gone").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("wirefeed: " + dir.resolve("gone") + " does not exist");
  }

  @Test
  void aCaptureOfTwentyThousandMessagesLandsAsTwentyThousandRecords(@TempDir Path dir)
      throws Exception {
    kafka.broker().createTopic("replay.big", 1, Map.of());
    int count = 20_000;
    StringBuilder capture = new StringBuilder();
    for (int i = 0; i < count; i++) {
      capture.append(telex(i));
    }
    Path file = Files.writeString(dir.resolve("capture.txt"), capture);

    CommandRun run = CommandRun.of(replayArgs("replay.big", file));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("messages=" + count + " bytes=" + capture.length());
    TopicPartition partition = new TopicPartition("replay.big", 0);
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new StringDeserializer(),
            new StringDeserializer())) {
      assertThat(consumer.endOffsets(List.of(partition)).get(partition)).isEqualTo(count);
      consumer.assign(List.of(partition));
      consumer.seek(partition, count - 1);
      ConsumerRecord<String, String> last =
          consumer.poll(Duration.ofSeconds(10)).records(partition).get(0);
      assertThat(last.key()).isEqualTo(file + "#" + count);
      assertThat(last.value()).isEqualTo(telex(count - 1));
    }
  }

  @Test
  void anUnreadableFileIsNamedWithWhyAndTheOthersAreStillSent(@TempDir Path dir) throws Exception {
    kafka.broker().createTopic("replay.unreadable", 1, Map.of());
    Files.writeString(dir.resolve("a.txt"), telex(1));
    Path locked = Files.writeString(dir.resolve("b-locked.txt"), telex(2));
    Files.writeString(dir.resolve("c.txt"), telex(3));
    CommandRun run =
        CommandRun.of(
            commandLine ->
                ((ReplayCommand) commandLine.getSubcommands().get("replay").getCommand()).opener =
                    CommandRun.denying(locked),
            replayArgs("replay.unreadable", dir));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("replay: cannot read " + locked + ": permission denied")
        .contains("replay: 1 file was not sent whole (see above); everything else was")
        .doesNotContain("\tat ");
    assertThat(readAll("replay.unreadable", 2))
        .extracting(ConsumerRecord::value)
        .containsExactly(telex(1), telex(3));
  }

  @Test
  void aFolderLeavesOutHiddenFilesAndTheFeedsListingsAndSaysSo(@TempDir Path dir) throws Exception {
    Path story = Files.writeString(dir.resolve("01-story.txt"), telex(1));
    Path index = Files.writeString(dir.resolve("INDEX.txt"), "01-story.txt\toriginal\n");
    Files.writeString(dir.resolve(".hidden.txt"), telex(2));
    Path notes = Files.writeString(dir.resolve("notes.md"), "# notes\n");

    CommandRun run = CommandRun.of("replay", "--dry-run", dir.toString());
    CommandRun withoutDefaults =
        CommandRun.of("replay", "--dry-run", "--exclude", "*.md", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(story.toString())
        .doesNotContain("INDEX")
        .doesNotContain(".hidden");
    assertThat(run.err())
        .contains("replay: skipped " + index + " (--exclude INDEX*)")
        .contains("replay: skipped " + notes + " (--exclude *.md)");
    assertThat(withoutDefaults.out()).contains(index.toString()).doesNotContain(".hidden");
  }

  /** {@code replay} of {@code path} to {@code topic} on the test broker, {@code options} first. */
  private static String[] replayArgs(String topic, Path path, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("replay", "--bootstrap-server", kafka.bootstrapServers(), "--topic", topic));
    args.addAll(List.of(options));
    args.add(path.toString());
    return args.toArray(String[]::new);
  }

  private static String telex(int n) {
    return String.format(TELEX, n, n, n, n);
  }

  private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
    Map<String, Object> config =
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    List<ConsumerRecord<String, String>> read = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.size() >= expected;
              });
    }
    return read;
  }
}
