package io.wirefeed.bench;

import static io.wirefeed.embedded.KafkaTestClients.readCommitted;
import static io.wirefeed.embedded.KafkaTestClients.writeTransactionally;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void servesFromAJvmOfItsOwnWithKafkasOptionsAndStopsWhenClosed(@TempDir Path dir)
      throws Exception {
    List<String> jvm = ThisJvm.javaCommand();
    ProcessHandle child;
    try (BrokerProcess broker = BrokerProcess.start(jvm, dir.resolve("kafka"))) {
      child = broker.process().toHandle();
      // The JVM's own record of its options (ProcessHandle.Info may leave them out).
      String options =
          Files.readString(Path.of("/proc", Long.toString(child.pid()), "cmdline"))
              .replace('\0', ' ');
      assertThat(options)
          .contains(
              "-Xmx1G", "-XX:MaxGCPauseMillis=20", "-XX:+UseG1GC", BrokerProcess.class.getName());

      broker.createTopic("own-broker", 2);
      writeTransactionally(broker.bootstrapServers(), "own-broker", Map.of("k", "v"));
      List<ConsumerRecord<String, String>> read =
          readCommitted(broker.bootstrapServers(), "own-broker", 1, TIMEOUT);
      assertThat(read).extracting(ConsumerRecord::value).containsExactly("v");
    }
    assertThat(child.isAlive()).isFalse();
  }
}
