package io.wirefeed.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class BrokerLogTest {

  private static final String KAFKA_18202 =
      "Invalid sequence number for producer 2 at offset 167 in partition out-2: 5 (incoming seq."
          + " number). Expected sequence 0 for transactions v2 idempotent producer with no existing"
          + " state.";

  @Test
  void theBrokersOwnLinesGoToItsDataDirAndNotToTheTerminal(@TempDir Path dataDir) throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Logger replicaManager = (Logger) LoggerFactory.getLogger("kafka.server.ReplicaManager");
    Level levelBefore = replicaManager.getEffectiveLevel();
    ListAppender<ILoggingEvent> terminal = new ListAppender<>();
    terminal.start();
    root.addAppender(terminal);
    try {
      try (var broker =
          EmbeddedKafkaBroker.start(EmbeddedKafkaBroker.Settings.defaults().withDataDir(dataDir))) {
        replicaManager.error(KAFKA_18202);
        LoggerFactory.getLogger("io.wirefeed.embedded.BrokerLogTest").warn("our own warning");
      }
    } finally {
      root.detachAppender(terminal);
    }

    String file = Files.readString(dataDir.resolve(EmbeddedKafkaBroker.LOG_FILE));
    assertThat(file).contains(KAFKA_18202).contains(" INFO ");
    assertThat(terminal.list)
        .extracting(ILoggingEvent::getLoggerName)
        .contains("io.wirefeed.embedded.BrokerLogTest")
        .noneMatch(name -> name.startsWith("kafka") || name.startsWith("state.change"));
    assertThat(replicaManager.getEffectiveLevel()).as("restored on close").isEqualTo(levelBefore);
    assertThat(replicaManager.isAdditive()).isTrue();
  }
}
