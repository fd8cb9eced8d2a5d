package io.wirefeed.ops;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per interval: what came in and went out since the last line, and the state. */
public final class ThroughputLog implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ThroughputLog.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "wirefeed-throughput");
            thread.setDaemon(true);
            return thread;
          });
  private final TopicTotals totals;
  private final Supplier<KafkaStreams.State> state;
  private final Duration interval;
  private TopicTotals.Counts last = new TopicTotals.Counts(0, 0, 0, 0);

  private ThroughputLog(TopicTotals totals, Supplier<KafkaStreams.State> state, Duration interval) {
    this.totals = totals;
    this.state = state;
    this.interval = interval;
  }

  public static ThroughputLog start(
      TopicTotals totals, Supplier<KafkaStreams.State> state, Duration interval) {
    ThroughputLog throughput = new ThroughputLog(totals, state, interval);
    long millis = interval.toMillis();
    throughput.timer.scheduleAtFixedRate(
        throughput::logOnce, millis, millis, TimeUnit.MILLISECONDS);
    return throughput;
  }

  static String line(
      TopicTotals.Counts last,
      TopicTotals.Counts now,
      Duration interval,
      KafkaStreams.State state) {
    long read = now.read() - last.read();
    double seconds = interval.toMillis() / 1000.0;
    return String.format(
        java.util.Locale.ROOT,
        "throughput: read=%d (%.1f/s) stories=%d duplicates=%d rejects=%d in the last %ss;"
            + " totals read=%d stories=%d duplicates=%d rejects=%d; state=%s",
        read,
        read / seconds,
        now.stories() - last.stories(),
        now.duplicates() - last.duplicates(),
        now.rejects() - last.rejects(),
        interval.toSeconds(),
        now.read(),
        now.stories(),
        now.duplicates(),
        now.rejects(),
        state);
  }

  private void logOnce() {
    // An exception would cancel every later run of a scheduled task, so none may escape.
    try {
      TopicTotals.Counts now = totals.counts();
      log.info(line(last, now, interval, state.get()));
      last = now;
    } catch (RuntimeException e) {
      log.warn("cannot log throughput: {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
