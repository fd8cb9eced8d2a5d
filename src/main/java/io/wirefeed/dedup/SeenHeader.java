package io.wirefeed.dedup;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Where and when a story's copy was read, carried to the dedup step in a record header beside the
 * story's published bytes, so that dedup never decodes a story it publishes. The value is a {@link
 * FirstSeen} in the store's own layout ({@link FirstSeenSerde}). The header is internal: the dedup
 * step removes it before anything is published.
 */
public final class SeenHeader {

  public static final String KEY = "wirefeed.seen";

  private SeenHeader() {}

  /**
   * @param partition the raw topic partition the copy was read from
   * @param offset its offset there
   * @param messageIndex its position among the messages of that raw record
   * @param seenAt its record timestamp, in epoch milliseconds
   */
  public static void add(
      Headers headers, int partition, long offset, int messageIndex, long seenAt) {
    headers.add(KEY, FirstSeenSerde.encode(new FirstSeen(partition, offset, messageIndex, seenAt)));
  }

  static boolean isOn(Headers headers) {
    return headers.lastHeader(KEY) != null;
  }

  /** Reads and removes the header. */
  static FirstSeen take(Headers headers) {
    Header header = headers.lastHeader(KEY);
    if (header == null || header.value() == null) {
      throw new SerializationException(
          "a story reached dedup without its "
              + KEY
              + " header: it was not written by the parse step");
    }
    headers.remove(KEY);
    return FirstSeenSerde.decode(header.value());
  }
}
