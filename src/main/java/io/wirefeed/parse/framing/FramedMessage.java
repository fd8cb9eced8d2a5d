package io.wirefeed.parse.framing;

import io.wirefeed.story.ParsedFormat;
import java.util.Objects;

/**
 * One message cut out of a raw record by {@link WireFramer}.
 *
 * @param hint the format the framing says it is; null for the unframed rest of a record that held
 *     more than {@link WireFramer#MAX_MESSAGES} messages
 * @param byteOffset where the message starts in the record
 * @param bytes the message's bytes, framing included
 */
public record FramedMessage(ParsedFormat hint, int byteOffset, byte[] bytes) {
  public FramedMessage {
    Objects.requireNonNull(bytes, "bytes");
  }
}
