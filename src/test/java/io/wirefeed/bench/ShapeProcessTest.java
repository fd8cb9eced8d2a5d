package io.wirefeed.bench;

import static io.wirefeed.embedded.KafkaTestClients.readCommitted;
import static io.wirefeed.embedded.KafkaTestClients.writeTransactionally;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.embedded.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ShapeProcessTest {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void runsOneApplicationAfterAnotherInAJvmOfItsOwnAndReportsItsCpu(@TempDir Path dir)
      throws Exception {
    List<String> jvm = ThisJvm.javaCommand();
    kafka.broker().createTopic("shape.raw", 2, Map.of());
    kafka.broker().createTopic("shape.first.out", 2, Map.of());
    kafka.broker().createTopic("shape.second.out", 2, Map.of());
    writeTransactionally(kafka.bootstrapServers(), "shape.raw", Map.of("a", "one", "b", "two"));

    ProcessHandle child;
    try (ShapeProcess process = ShapeProcess.start(jvm, ShapeProcess.Shape.HOP, dir)) {
      child = process.handle();
      process.run(settings("first", dir));
      assertThat(readCommitted(kafka.bootstrapServers(), "shape.first.out", 2, TIMEOUT))
          .extracting(ConsumerRecord::value)
          .containsExactlyInAnyOrder("one", "two");
      CpuBreakdown first = process.stop(2);

      process.run(settings("second", dir));
      assertThat(readCommitted(kafka.bootstrapServers(), "shape.second.out", 2, TIMEOUT))
          .extracting(ConsumerRecord::value)
          .containsExactlyInAnyOrder("one", "two");
      process.stop(2);

      assertThat(first.microsPerMessage().keySet()).containsExactlyElementsOf(CpuBreakdown.PARTS);
      assertThat(first.microsPerMessage().get(CpuBreakdown.STREAM_THREADS))
          .as("the child's stream threads did the work")
          .isPositive();
      assertThat(first.microsPerMessage().get(CpuBreakdown.BROKER))
          .as("no broker runs in the child: its unnamed threads are not charged to one")
          .isZero();
      assertThat(first.coresBusy()).isPositive();
    }
    assertThat(child.isAlive()).as("the child exits when closed").isFalse();
  }

  private static Map<String, String> settings(String run, Path dir) {
    return Map.of(
        "bootstrap.servers",
        kafka.bootstrapServers(),
        // Read by the settings, never called by an identity topology.
        "schema.registry.url",
        "http://127.0.0.1:1",
        "application.id",
        "shape-" + run,
        "state.dir",
        dir.resolve("state-" + run).toString(),
        "topic.raw",
        "shape.raw",
        "topic.stories",
        "shape." + run + ".out",
        "topics.partitions",
        "2",
        "topics.replication.factor",
        "1");
  }
}
