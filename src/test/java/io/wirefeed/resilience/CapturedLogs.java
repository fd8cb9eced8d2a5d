package io.wirefeed.resilience;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Every log line of this JVM at INFO and above while open, with stack traces, so a test can scan
 * what an in-process command (and the embedded broker and registry) logged. INFO, not the usual
 * WARN, because client config dumps, the likeliest place for a secret, are logged at INFO.
 */
final class CapturedLogs implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Level levelBefore = root.getLevel();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  CapturedLogs() {
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.INFO);
  }

  String text() {
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = List.copyOf(appender.list);
    }
    return events.stream()
        .map(
            event ->
                event.getLevel()
                    + " "
                    + event.getLoggerName()
                    + " - "
                    + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
        .collect(Collectors.joining("\n"));
  }

  int lines() {
    synchronized (appender) {
      return appender.list.size();
    }
  }

  @Override
  public void close() {
    root.setLevel(levelBefore);
    root.detachAppender(appender);
    appender.stop();
  }
}
