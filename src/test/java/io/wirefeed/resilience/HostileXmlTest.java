package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Origin;
import io.wirefeed.testfeeds.HostileFeed;
import io.wirefeed.testfeeds.HostileXml;
import io.wirefeed.testfeeds.WireFeed;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML that tries to reach out of the parser, at volume among good stories, through the processor in
 * a child JVM with a small heap: every entity declaration, bomb and over-deep document is rejected
 * with its reason, a DOCTYPE that only names a DTD is parsed without fetching it, no file content
 * reaches any output, nothing connects to the trap server, and the processor stays up.
 */
class HostileXmlTest {

  @Test
  void xmlThatReachesOutIsRejectedWithoutReadingFilesOrOpeningConnections(@TempDir Path dir)
      throws Exception {
    String secret = "wirefeed-secret-" + UUID.randomUUID();
    Path secretFile = Files.writeString(dir.resolve("private-notes.txt"), secret + "\n");
    try (var trap = ConnectionTrap.open();
        var cluster = Cluster.start()) {
      List<HostileXml.Message> feed =
          interleaved(
              WireFeed.generate(1_000, 59L, 0.30),
              new HostileXml(secretFile, trap.url()).messages(2_400, 61L));
      List<byte[]> bytes = feed.stream().map(HostileXml.Message::bytes).toList();
      Expectation expected = Expectation.of(bytes);
      Map<String, String> settings = cluster.processorSettings(dir, "xml");
      // A bomb that expanded would need far more than this heap; on OOM the JVM exits, not limps.
      List<String> smallHeap = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
      try (var processor = ProcessorJvm.launch(dir, "processor", settings, Map.of(), smallHeap)) {
        processor.awaitRunning(Duration.ofSeconds(90));
        List<RecordMetadata> sent =
            cluster.send(bytes, Duration.ZERO).landed(Duration.ofMinutes(2));
        Outputs outputs = cluster.outputsAccountingFor(sent, expected, Duration.ofSeconds(120));
        assertEachHostileDocumentHadItsOutcome(feed, sent, outputs);
        assertThat(everything(outputs) + processor.output())
            .doesNotContain(secret)
            .doesNotContain("root:x:0:");
        assertThat(trap.connections()).as("connections to " + trap.url()).isZero();
        assertThat(processor.isAlive()).as(processor.output()).isTrue();
        assertThat(processor.output()).doesNotContain("OutOfMemoryError").doesNotContain("ERROR");
      }
      trap.connectOnce();
      Awaitility.await("the trap counts a connection")
          .atMost(Duration.ofSeconds(10))
          .until(() -> trap.connections() == 1);
    }
  }

  private static void assertEachHostileDocumentHadItsOutcome(
      List<HostileXml.Message> feed, List<RecordMetadata> sent, Outputs outputs) {
    Map<String, String> rejectReasonAt = new HashMap<>();
    outputs.rejects().forEach(r -> rejectReasonAt.put(at(r.getOrigin()), r.getReason()));
    Set<String> publishedAt = new HashSet<>();
    outputs.stories().forEach(r -> publishedAt.add(at(r.value().getOrigin())));
    outputs.duplicates().forEach(d -> publishedAt.add(at(d.getOrigin())));
    Map<HostileXml.Kind, Integer> seen = new HashMap<>();
    for (int i = 0; i < feed.size(); i++) {
      HostileXml.Kind kind = feed.get(i).kind();
      if (kind == null) {
        continue;
      }
      String origin = sent.get(i).partition() + "@" + sent.get(i).offset();
      if (kind.rejectReason == null) {
        assertThat(publishedAt).as(kind + " at " + origin + " published").contains(origin);
      } else {
        assertThat(rejectReasonAt.get(origin))
            .as(kind + " at " + origin + " rejected")
            .contains(kind.rejectReason);
      }
      seen.merge(kind, 1, Integer::sum);
    }
    assertThat(seen).containsOnlyKeys(HostileXml.Kind.values());
  }

  /** Good messages (kind null) with the hostile ones inserted at seeded random places. */
  private static List<HostileXml.Message> interleaved(
      List<byte[]> good, List<HostileXml.Message> hostile) {
    return HostileFeed.insertedAtRandom(
        good.stream().map(bytes -> new HostileXml.Message(null, bytes)).toList(),
        hostile.size(),
        hostile.iterator()::next,
        new Random(67L));
  }

  /** Every output record as text, for a scan for file content. */
  private static String everything(Outputs outputs) {
    StringBuilder text = new StringBuilder();
    outputs.stories().forEach(r -> text.append(r.value()).append('\n'));
    outputs.duplicates().forEach(d -> text.append(d).append('\n'));
    outputs
        .rejects()
        .forEach(r -> text.append(r).append('\n').append(utf8(r.getRawValue())).append('\n'));
    return text.toString();
  }

  /** Avro prints bytes fields as buffer positions, not content. */
  private static String utf8(ByteBuffer bytes) {
    if (bytes == null) {
      return "";
    }
    ByteBuffer copy = bytes.duplicate();
    byte[] content = new byte[copy.remaining()];
    copy.get(content);
    return new String(content, StandardCharsets.UTF_8);
  }

  private static String at(Origin origin) {
    return origin.getPartition() + "@" + origin.getOffset();
  }
}
