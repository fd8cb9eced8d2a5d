package io.wirefeed.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.testfeeds.WireFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processors with the same application id share the partitions; one is SIGKILLed mid-stream and
 * never comes back. The other takes over its partitions and dedup state: re-sends of stories the
 * dead one published are still dropped, and every input is accounted for once.
 */
class TwoInstancesTest {

  @Test
  void theSurvivorTakesOverWithNothingLostOrDoubled(@TempDir Path dir) throws Exception {
    List<byte[]> feed = WireFeed.generate(2_000, 31L, 0.30);
    Expectation expected = Expectation.of(feed);
    try (var cluster = Cluster.start()) {
      var sender = cluster.send(feed, Duration.ofSeconds(15));
      try (var doomed = ProcessorJvm.launch(dir, "doomed", cluster.processorSettings(dir, "a"));
          var survivor =
              ProcessorJvm.launch(dir, "survivor", cluster.processorSettings(dir, "b"))) {
        doomed.awaitRunning(Duration.ofSeconds(90));
        survivor.awaitRunning(Duration.ofSeconds(90));
        Awaitility.await("both instances have published")
            .atMost(Duration.ofSeconds(60))
            .until(() -> cluster.registry().store().subjects().contains("wire.stories-value"));
        doomed.kill();

        List<RecordMetadata> sent = sender.landed(Duration.ofMinutes(5));
        cluster.outputsAccountingFor(sent, expected, Duration.ofSeconds(90));
        assertThat(survivor.isAlive()).as(survivor.output()).isTrue();
      }
    }
  }
}
