package io.wirefeed.parse.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for wire text, which is mostly ASCII: the bytes are checked with ASCII runs
 * passed over eight bytes at a time, then decoded by the JDK's own String constructor, which is
 * exact on well-formed input. Well-formed means what the JDK's reporting {@link
 * java.nio.charset.CharsetDecoder} accepts, and gives its text.
 */
public final class Utf8 {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each byte of a long: set in any byte that is not ASCII. */
  private static final long NON_ASCII = 0x8080_8080_8080_8080L;

  private Utf8() {}

  /**
   * The text of {@code raw[from..to)}, or null if it is not well-formed UTF-8 as Unicode defines it
   * (table 3-7): no overlong forms, no surrogates, nothing past U+10FFFF, no truncated sequence.
   * These are exactly the sequences the JDK's strict decoder accepts.
   */
  public static String decode(byte[] raw, int from, int to) {
    // On well-formed input the JDK's decoder gives the strict decoder's text, and builds the
    // String in one pass: straight to its compact one-byte form where the text is Latin-1, with
    // no char[] to copy and compress afterwards.
    return isWellFormed(raw, from, to)
        ? new String(raw, from, to - from, StandardCharsets.UTF_8)
        : null;
  }

  /** Whether {@code raw[from..to)} is well-formed UTF-8: see {@link #decode}. */
  public static boolean isWellFormed(byte[] raw, int from, int to) {
    int i = asciiRunEnd(raw, from, to);
    while (i < to) {
      int sequence = sequenceLength(raw, i, to);
      if (sequence == 0) {
        return false;
      }
      i = asciiRunEnd(raw, i + sequence, to);
    }
    return true;
  }

  /** The end of the run of ASCII bytes from {@code from}, at most {@code to}. */
  static int asciiRunEnd(byte[] raw, int from, int to) {
    int i = from;
    while (i + 8 <= to && ((long) LONGS.get(raw, i) & NON_ASCII) == 0) {
      i += 8;
    }
    while (i < to && raw[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * The length of the well-formed multi-byte sequence at {@code i}, within {@code to}, or 0 if
   * there is none (see {@link #decode}).
   */
  public static int wellFormedSequenceLength(byte[] raw, int i, int to) {
    return sequenceLength(raw, i, to);
  }

  /** The length of the well-formed multi-byte sequence at {@code i}, or 0 if there is none. */
  private static int sequenceLength(byte[] raw, int i, int to) {
    int lead = raw[i] & 0xFF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      return i + 1 < to && isContinuation(raw[i + 1]) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      if (i + 2 >= to) {
        return 0;
      }
      int second = raw[i + 1] & 0xFF;
      // E0 needs A0..BF (else overlong); ED needs 80..9F (else a surrogate).
      int low = lead == 0xE0 ? 0xA0 : 0x80;
      int high = lead == 0xED ? 0x9F : 0xBF;
      return second >= low && second <= high && isContinuation(raw[i + 2]) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      if (i + 3 >= to) {
        return 0;
      }
      int second = raw[i + 1] & 0xFF;
      // F0 needs 90..BF (else overlong); F4 needs 80..8F (else past U+10FFFF).
      int low = lead == 0xF0 ? 0x90 : 0x80;
      int high = lead == 0xF4 ? 0x8F : 0xBF;
      return second >= low
              && second <= high
              && isContinuation(raw[i + 2])
              && isContinuation(raw[i + 3])
          ? 4
          : 0;
    }
    return 0; // a continuation byte without a lead, C0, C1 (overlong) or F5..FF
  }

  /** The length of the sequence a lead byte starts, in well-formed UTF-8. */
  static int sequenceLengthOfLead(int lead) {
    int b = lead & 0xFF;
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }

  /** The code point whose sequence starts at {@code i}, in well-formed UTF-8. */
  static int codePointAt(byte[] text, int i) {
    int lead = text[i] & 0xFF;
    return switch (sequenceLengthOfLead(lead)) {
      case 1 -> lead;
      case 2 -> (lead & 0x1F) << 6 | (text[i + 1] & 0x3F);
      case 3 -> (lead & 0x0F) << 12 | (text[i + 1] & 0x3F) << 6 | (text[i + 2] & 0x3F);
      default ->
          (lead & 0x07) << 18
              | (text[i + 1] & 0x3F) << 12
              | (text[i + 2] & 0x3F) << 6
              | (text[i + 3] & 0x3F);
    };
  }

  /**
   * False for the lead byte of a sequence whose code point cannot be Java whitespace: every
   * non-ASCII whitespace char (U+1680, U+2000 to U+205F's, U+3000) is three bytes from E1, E2 or
   * E3. Curly quotes and dashes pass the test; most other letters do not, and skip the lookup.
   */
  static boolean leadMayBeWhitespace(int lead) {
    int b = lead & 0xFF;
    return b >= 0xE1 && b <= 0xE3;
  }

  /**
   * False for the last byte of a multi-byte sequence whose code point cannot be Java whitespace:
   * every non-ASCII whitespace char ends in 0x80 to 0x8A, 0x9F, 0xA8 or 0xA9. A curly quote or dash
   * (0x93 to 0x9D) does not, and is told apart without finding its lead.
   */
  static boolean lastByteMayBeWhitespace(int last) {
    int b = last & 0xFF;
    return b <= 0x8A || b == 0x9F || b == 0xA8 || b == 0xA9;
  }

  /** Where the sequence that ends right before {@code end} starts, not before {@code floor}. */
  static int leadBefore(byte[] text, int end, int floor) {
    int i = end - 1;
    while (i > floor && isContinuation(text[i])) {
      i--;
    }
    return i;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
