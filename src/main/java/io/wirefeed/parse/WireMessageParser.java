package io.wirefeed.parse;

import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.parse.format.WireParser;
import io.wirefeed.parse.format.WireParsers;
import io.wirefeed.parse.framing.BinaryContent;
import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.framing.FramedMessage;
import io.wirefeed.parse.framing.MessageDecoder;
import io.wirefeed.parse.framing.UndecodableTextException;
import io.wirefeed.parse.framing.WireFramer;
import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.story.ParsedFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for raw wire messages: frames a record into messages, then checks, decodes,
 * and parses each with the parser for its format. Never throws: every message gives a {@link
 * ParseResult}, failures with a reason a person can act on. Thread-safe.
 */
public final class WireMessageParser {

  /** Exception messages may quote input; a reason keeps at most this much of one. */
  private static final int MAX_QUOTED_MESSAGE_CHARS = 100;

  private final ParseLimits limits;
  private final List<WireParser> parsers;

  public WireMessageParser(ParseLimits limits) {
    this(limits, WireParsers.all());
  }

  /**
   * {@code parsers}: the one whose format the framing names parses a message; a message framed as
   * plain text goes to the first that accepts it, so the last should accept everything.
   */
  WireMessageParser(ParseLimits limits, List<WireParser> parsers) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parsers = List.copyOf(parsers);
  }

  /** The first message of a record; see {@link #parseAll(byte[])} for all of them. */
  public ParseResult parse(byte[] raw) {
    return parseAll(raw).get(0).result();
  }

  /**
   * Every message of a record, in order. Never empty: a record that holds no message at all gives
   * one failed result carrying the whole record.
   */
  public List<MessageResult> parseAll(byte[] raw) {
    if (raw == null) {
      return List.of(wholeRecordFailure(null, "no message: the record value is null"));
    }
    if (raw.length == 0) {
      return List.of(wholeRecordFailure(raw, "empty message"));
    }
    if (raw.length > limits.maxMessageBytes()) {
      return List.of(
          wholeRecordFailure(
              raw,
              String.format(
                  "message is %d bytes, over the %d-byte limit (parse.max.message.bytes)",
                  raw.length, limits.maxMessageBytes())));
    }
    BinaryContent.RecordScan scan = BinaryContent.scanRecord(raw);
    if (scan.rejectReason() != null) {
      return List.of(wholeRecordFailure(raw, scan.rejectReason()));
    }
    List<FramedMessage> framed = WireFramer.frame(raw);
    List<MessageResult> results = new ArrayList<>(framed.size());
    for (FramedMessage message : framed) {
      results.add(
          new MessageResult(
              results.size(),
              message.byteOffset(),
              message.bytes(),
              message.hint(),
              parseMessage(
                  message,
                  framed.size() > 1,
                  scan.nulFree(),
                  scan.wellFormedUtf8() && message.bytes() == raw)));
    }
    return List.copyOf(results);
  }

  private static MessageResult wholeRecordFailure(byte[] raw, String reason) {
    return new MessageResult(0, 0, raw, null, ParseResult.failed(reason));
  }

  /**
   * @param oneOfSeveral the record framed into more than one message, so this one was not yet
   *     checked for binary noise on its own
   * @param nulFree the record was scanned whole and holds no NUL, so neither does this message
   * @param wellFormedUtf8 this message is the whole record, and the record's scan found it
   *     well-formed UTF-8
   */
  private ParseResult parseMessage(
      FramedMessage message, boolean oneOfSeveral, boolean nulFree, boolean wellFormedUtf8) {
    if (message.hint() == null) {
      return ParseResult.failed(
          String.format(
              "more than %d messages in one record: the rest, from byte %d, was not parsed",
              WireFramer.MAX_MESSAGES - 1, message.byteOffset()));
    }
    byte[] raw = message.bytes();
    int nul = nulFree ? -1 : ByteScan.indexOfNul(raw, 0);
    if (nul >= 0) {
      return ParseResult.failed(
          "binary content: NUL byte at offset " + (message.byteOffset() + nul));
    }
    String noise = oneOfSeveral ? BinaryContent.junkReason(raw, message.byteOffset()) : null;
    if (noise != null) {
      return ParseResult.failed(noise);
    }
    DecodedText text;
    try {
      text = MessageDecoder.decode(raw, message.hint(), wellFormedUtf8);
    } catch (UndecodableTextException e) {
      return ParseResult.failed(e.getMessage());
    }
    if (text.isEmpty()) {
      return ParseResult.failed("empty message");
    }
    if (text.isBlank()) {
      return ParseResult.failed("whitespace-only message");
    }
    if (text.utf8().hasMoreLinesThan(limits.maxLines())) {
      return ParseResult.failed(
          String.format(
              "message has more than %d lines, over the limit (parse.max.lines)",
              limits.maxLines()));
    }
    return parseDecoded(text, message.hint());
  }

  private ParseResult parseDecoded(DecodedText text, ParsedFormat hint) {
    ParsedFormat format = null;
    try {
      for (WireParser parser : parsers) {
        if (parser.format() == hint && hint != ParsedFormat.PLAIN_TEXT) {
          format = hint;
          return parser.parse(text);
        }
      }
      for (WireParser parser : parsers) {
        format = parser.format();
        if (parser.accepts(text)) {
          return parser.parse(text);
        }
      }
    } catch (RuntimeException e) {
      return ParseResult.failed(String.format("%s parser failed: %s", format, describe(e)));
    }
    return ParseResult.failed("no parser accepts this message");
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    if (message.length() > MAX_QUOTED_MESSAGE_CHARS) {
      message = message.substring(0, MAX_QUOTED_MESSAGE_CHARS) + "…";
    }
    return e.getClass().getSimpleName() + ": " + message;
  }
}
