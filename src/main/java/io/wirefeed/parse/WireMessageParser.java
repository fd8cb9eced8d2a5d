package io.wirefeed.parse;

import java.util.List;
import java.util.Objects;

/**
 * The one entry point for raw wire messages: checks, decodes, detects the format and parses. Never
 * throws: every input gives a {@link ParseResult}, failures with a reason a person can act on.
 * Thread-safe.
 */
public final class WireMessageParser {

  /** Exception messages may quote input; a reason keeps at most this much of one. */
  private static final int MAX_QUOTED_MESSAGE_CHARS = 100;

  private final ParseLimits limits;
  private final List<WireParser> parsers;

  public WireMessageParser(ParseLimits limits) {
    this(limits, List.of(new ZczcTelexParser(), new PlainTextParser()));
  }

  /** {@code parsers} in detection order; the last should accept everything. */
  WireMessageParser(ParseLimits limits, List<WireParser> parsers) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parsers = List.copyOf(parsers);
  }

  public ParseResult parse(byte[] raw) {
    if (raw == null) {
      return ParseResult.failed("no message: the record value is null");
    }
    if (raw.length == 0) {
      return ParseResult.failed("empty message");
    }
    if (raw.length > limits.maxMessageBytes()) {
      return ParseResult.failed(
          String.format(
              "message is %d bytes, over the %d-byte limit (parse.max.message.bytes)",
              raw.length, limits.maxMessageBytes()));
    }
    int nul = indexOfNul(raw);
    if (nul >= 0) {
      return ParseResult.failed("binary content: NUL byte at offset " + nul);
    }
    DecodedText text;
    try {
      text = TextDecoder.decode(raw);
    } catch (UndecodableTextException e) {
      return ParseResult.failed(e.getMessage());
    }
    if (text.text().isEmpty()) {
      return ParseResult.failed("empty message");
    }
    if (text.text().isBlank()) {
      return ParseResult.failed("whitespace-only message");
    }
    if (exceedsLineLimit(text.text())) {
      return ParseResult.failed(
          String.format(
              "message has more than %d lines, over the limit (parse.max.lines)",
              limits.maxLines()));
    }
    return parseDecoded(text);
  }

  private ParseResult parseDecoded(DecodedText text) {
    WireFormat format = null;
    try {
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

  private static int indexOfNul(byte[] raw) {
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Counts LF, CRLF and CR line ends, stopping as soon as the limit is passed. */
  private boolean exceedsLineLimit(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd && ++lines > limits.maxLines()) {
        return true;
      }
    }
    return false;
  }
}
