package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Reject;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.testfeeds.HostileFeed;
import io.wirefeed.testfeeds.WireFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 broken and hostile messages among good ones: the processor keeps running, every bad one is
 * in wire.rejects with a reason, every good one is published (or dropped as a re-send).
 *
 * <p>XML that tries to read files, open connections or expand entities: {@link HostileXmlTest}.
 */
class HostileInputTest {

  private static final ParseLimits LIMITS = new ParseLimits(16_384, 2_000);

  @Test
  void badMessagesAreRejectedWithAReasonAndGoodOnesStillPublished(@TempDir Path dir)
      throws Exception {
    List<byte[]> good = WireFeed.generate(2_000, 41L, 0.30);
    List<byte[]> feed =
        new HostileFeed(43L, good, LIMITS.maxMessageBytes(), LIMITS.maxLines()).interleaved(10_000);
    Expectation expected = Expectation.of(feed, LIMITS);
    try (var cluster = Cluster.start()) {
      Map<String, String> settings = cluster.processorSettings(dir, "hostile");
      settings.put("parse.max.message.bytes", Integer.toString(LIMITS.maxMessageBytes()));
      settings.put("parse.max.lines", Integer.toString(LIMITS.maxLines()));
      try (var processor = ProcessorJvm.launch(dir, "processor", settings)) {
        processor.awaitRunning(Duration.ofSeconds(90));
        List<RecordMetadata> sent = cluster.send(feed, Duration.ZERO).landed(Duration.ofMinutes(2));
        Outputs outputs = cluster.outputsAccountingFor(sent, expected, Duration.ofSeconds(120));
        assertThat(outputs.rejects().size()).isGreaterThan(5_000);
        assertThat(outputs.rejects())
            .extracting(Reject::getReason)
            .anySatisfy(reason -> assertThat(reason).contains("parse.max.message.bytes"))
            .anySatisfy(reason -> assertThat(reason).contains("parse.max.lines"))
            .anySatisfy(reason -> assertThat(reason).contains("NUL byte"))
            .anySatisfy(reason -> assertThat(reason).contains("empty message"));
        assertThat(processor.isAlive()).as(processor.output()).isTrue();
        assertThat(processor.output()).doesNotContain("ERROR");
      }
    }
  }
}
