package io.wirefeed.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Sends the embedded broker's own log to a file instead of the user's terminal. The broker logs
 * retriable conditions at ERROR that its clients recover from on their own, notably a transactional
 * producer's pipelined batch that reaches a partition before the batch with sequence 0
 * (KAFKA-18202, "Expected sequence 0 for transactions v2 idempotent producer with no existing
 * state"): to a user of the demo or the bench these read as failures when nothing failed. The file
 * keeps them, and the broker's INFO lines, for whoever needs them.
 *
 * <p>Logger levels are JVM-wide: while any embedded broker runs, every broker logger of the JVM
 * writes to the files of all running embedded brokers. Without Logback nothing is diverted.
 */
final class BrokerLog implements AutoCloseable {

  /** The loggers of the broker's and controller's own code, none of the clients'. */
  static final List<String> BROKER_LOGGERS =
      List.of(
          "kafka",
          "state.change.logger",
          "org.apache.kafka.controller",
          "org.apache.kafka.coordinator",
          "org.apache.kafka.image",
          "org.apache.kafka.metadata",
          "org.apache.kafka.network",
          "org.apache.kafka.queue",
          "org.apache.kafka.raft",
          "org.apache.kafka.security",
          "org.apache.kafka.server",
          "org.apache.kafka.snapshot",
          "org.apache.kafka.storage");

  private static final String PATTERN =
      "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n";

  private static final Object LOCK = new Object();
  private static final Map<String, Saved> saved = new HashMap<>();
  private static int diverted;

  private record Saved(Level level, boolean additive) {}

  private final FileAppender<ILoggingEvent> appender;

  private BrokerLog(FileAppender<ILoggingEvent> appender) {
    this.appender = appender;
  }

  /** Diverts the broker loggers to {@code file}, appending; undone by {@link #close()}. */
  static BrokerLog divertTo(Path file) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return new BrokerLog(null);
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("embedded-broker-" + file);
    appender.setFile(file.toString());
    appender.setAppend(true);
    // Buffered: a broker start writes about 2,000 lines; close() flushes.
    appender.setImmediateFlush(false);
    appender.setEncoder(encoder);
    appender.start();
    synchronized (LOCK) {
      for (String name : BROKER_LOGGERS) {
        Logger logger = context.getLogger(name);
        if (diverted == 0) {
          saved.put(name, new Saved(logger.getLevel(), logger.isAdditive()));
          logger.setLevel(Level.INFO);
          logger.setAdditive(false);
        }
        logger.addAppender(appender);
      }
      diverted++;
    }
    return new BrokerLog(appender);
  }

  @Override
  public void close() {
    if (appender == null) {
      return;
    }
    LoggerContext context = (LoggerContext) appender.getContext();
    synchronized (LOCK) {
      diverted--;
      for (String name : BROKER_LOGGERS) {
        Logger logger = context.getLogger(name);
        logger.detachAppender(appender);
        if (diverted == 0) {
          Saved before = saved.remove(name);
          logger.setLevel(before.level());
          logger.setAdditive(before.additive());
        }
      }
    }
    appender.stop();
  }
}
