package io.wirefeed.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A raw message shown on one terminal line without harm: decoded as UTF-8 (bad bytes as �), control
 * characters, quotes and backslashes escaped, cut at a bounded length, and quoted with its size,
 * e.g. {@code "ZCZC\n\u0000\u0007" (8 bytes)}.
 */
final class SafePreview {

  static final int MAX_CHARS = 80;

  private SafePreview() {}

  static String of(ByteBuffer raw) {
    if (raw == null) {
      return "(no value)";
    }
    ByteBuffer bytes = raw.duplicate();
    int size = bytes.remaining();
    StringBuilder preview = new StringBuilder("\"");
    String text = decode(bytes);
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX_CHARS; i++, shown++) {
      preview.append(escape(text.charAt(i)));
    }
    preview.append(shown < text.length() ? "\"…" : "\"");
    return preview + " (" + size + " bytes)";
  }

  private static String decode(ByteBuffer bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE never throws", e);
    }
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      default ->
          Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT
                  || Character.getType(c) == Character.LINE_SEPARATOR
                  || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
              ? String.format("\\u%04x", (int) c)
              : String.valueOf(c);
    };
  }
}
