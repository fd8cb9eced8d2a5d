package io.wirefeed.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Replay progress: on a terminal one bar redrawn in place (messages sent of all, rate, ETA),
 * elsewhere a plain line every few seconds so that logs of a long replay show it moving. The number
 * of messages is counted by framing the files before the first send, so the bar and the ETA move
 * with messages, not bytes: a capture of many small messages and a big single file weigh what they
 * hold. The ETA is the messages left at the message rate so far.
 */
final class ReplayProgress {

  private static final long TERMINAL_REDRAW_NANOS = 200_000_000L;
  private static final long PLAIN_LINE_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final long totalMessages;
  private final long started;
  private long lastShown;
  private int files;
  private long messages;
  private long sentBytes;

  /**
   * @param totalMessages how many messages the replay will send; 0 if not known
   */
  ReplayProgress(PrintWriter err, boolean terminal, long totalMessages) {
    this(err, terminal, totalMessages, System.nanoTime());
  }

  ReplayProgress(PrintWriter err, boolean terminal, long totalMessages, long startedNanos) {
    this.err = err;
    this.terminal = terminal;
    this.totalMessages = totalMessages;
    this.started = startedNanos;
    this.lastShown = startedNanos;
  }

  void fileDone() {
    files++;
  }

  void messageSent(int messageBytes) {
    messages++;
    sentBytes += messageBytes;
    long now = System.nanoTime();
    if (now - lastShown >= (terminal ? TERMINAL_REDRAW_NANOS : PLAIN_LINE_NANOS)) {
      lastShown = now;
      show(now);
    }
  }

  int files() {
    return files;
  }

  long messages() {
    return messages;
  }

  /** Bytes of the messages sent (a capture's blank tail is not sent). */
  long bytes() {
    return sentBytes;
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /** Ends the bar's line so that what follows starts on a line of its own. */
  void finish() {
    if (terminal) {
      show(System.nanoTime());
      err.println();
      err.flush();
    }
  }

  void show(long now) {
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    double rate = messages / seconds;
    double fraction = totalMessages == 0 ? 1 : Math.min(1.0, (double) messages / totalMessages);
    String eta =
        messages == 0 || totalMessages == 0
            ? "?"
            : formatSeconds((long) Math.ceil(Math.max(0, totalMessages - messages) / rate));
    String counts =
        String.format(
            Locale.ROOT,
            "%d files, %s messages, %.1f msg/s, %3.0f%%, ETA %s",
            files,
            totalMessages == 0 ? Long.toString(messages) : messages + "/" + totalMessages,
            rate,
            fraction * 100,
            eta);
    if (terminal) {
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      err.print("\r[" + "=".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + counts);
    } else {
      err.println("replay: " + counts);
    }
    err.flush();
  }

  private static String formatSeconds(long seconds) {
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
