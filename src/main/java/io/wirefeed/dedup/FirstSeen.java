package io.wirefeed.dedup;

import io.wirefeed.avro.Origin;
import java.time.Duration;
import java.util.Objects;

/**
 * What the dedup store remembers of the first copy of a story: where and when it was read.
 *
 * @param origin where the first copy was read
 * @param seenAt the first copy's record timestamp, in epoch milliseconds
 */
public record FirstSeen(Origin origin, long seenAt) {

  public FirstSeen {
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * Whether a copy arriving at {@code now} is past the retention window. A copy that arrives out of
   * order (before {@code seenAt}) is within the window.
   */
  boolean expiredAt(long now, Duration retention) {
    return now - seenAt >= retention.toMillis();
  }
}
