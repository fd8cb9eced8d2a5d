package io.wirefeed.parse;

import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedFormat;
import java.util.Objects;

/**
 * What became of one message framed out of a raw record: the parser's {@link ParseResult} and where
 * the message sat in the record, which a reject and a story's origin both need.
 *
 * @param index the message's position in the record, from 0
 * @param byteOffset where the message starts in the record
 * @param bytes the message's own bytes (the whole record when it framed to one message); null only
 *     for a null record
 * @param format the format that was tried; null when the message was rejected before any parser
 *     looked at it
 */
public record MessageResult(
    int index, int byteOffset, byte[] bytes, ParsedFormat format, ParseResult result) {
  public MessageResult {
    Objects.requireNonNull(result, "result");
  }
}
