package io.wirefeed.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log levels a command sets at start, over the defaults in logback.xml. */
final class Logging {

  private Logging() {}

  /**
   * For the demo, whose output is the point: only real problems reach stderr. Kafka's start-up
   * warnings about topics still being created and a temp state dir are expected there.
   */
  static void quiet() {
    level("org.apache.kafka", Level.ERROR);
    level("kafka", Level.ERROR);
    level("io.wirefeed", Level.WARN);
  }

  /** For --verbose: Kafka's connection warnings (quiet by default, see logback.xml) come back. */
  static void verbose() {
    level("org.apache.kafka.clients.NetworkClient", Level.WARN);
  }

  private static void level(String name, Level level) {
    if (LoggerFactory.getLogger(name) instanceof Logger logger) {
      logger.setLevel(level);
    }
  }
}
