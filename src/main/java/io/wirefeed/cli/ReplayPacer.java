package io.wirefeed.cli;

import java.time.Duration;
import java.time.Instant;

/** When the next message may go: as fast as possible, at a fixed rate, or at the files' pace. */
interface ReplayPacer {

  ReplayPacer UNPACED = fileTime -> {};

  /** Waits until the next message, of a file last modified at {@code fileTime}, may be sent. */
  void awaitTurn(Instant fileTime) throws InterruptedException;

  /** {@code perSecond} messages a second, evenly spaced from the first. */
  static ReplayPacer rate(double perSecond) {
    long start = System.nanoTime();
    long[] sent = {0};
    return fileTime -> sleepUntil(start + (long) (sent[0]++ * 1e9 / perSecond));
  }

  /**
   * Keeps the gaps between the files' modification times, divided by {@code speed}: 2 replays twice
   * as fast. Messages of one capture file share its time, so they go together.
   */
  static ReplayPacer original(double speed) {
    long start = System.nanoTime();
    Instant[] first = {null};
    return fileTime -> {
      if (first[0] == null) {
        first[0] = fileTime;
      }
      long gap = Duration.between(first[0], fileTime).toNanos();
      sleepUntil(start + (long) (gap / speed));
    };
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
