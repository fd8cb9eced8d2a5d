package io.wirefeed.dedup;

import io.wirefeed.avro.Origin;
import java.time.Duration;

/**
 * What the dedup store remembers of the first copy of a story: where and when it was read. The
 * topic is not kept: every copy comes from the one raw topic, and the store holds an entry for
 * every story of the retention window, so each byte counts.
 *
 * @param partition the raw topic partition the first copy was read from
 * @param offset its offset there
 * @param messageIndex its position among the messages of that raw record
 * @param seenAt the first copy's record timestamp, in epoch milliseconds
 */
public record FirstSeen(int partition, long offset, int messageIndex, long seenAt) {

  static FirstSeen of(Origin origin, int messageIndex, long seenAt) {
    return new FirstSeen(origin.getPartition(), origin.getOffset(), messageIndex, seenAt);
  }

  /** Where the first copy was read, on the raw topic a later copy came from. */
  Origin originOn(String topic) {
    return new Origin(topic, partition, offset);
  }

  /**
   * Whether a copy arriving at {@code now} is past the retention window. A copy that arrives out of
   * order (before {@code seenAt}) is within the window.
   */
  boolean expiredAt(long now, Duration retention) {
    return now - seenAt >= retention.toMillis();
  }
}
