package io.wirefeed.parse.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Well-formed UTF-8 text as a range of bytes: {@code bytes[from..to)}. Every line end and control
 * character is one ASCII byte in UTF-8, and no byte of a multi-byte sequence is ASCII, so lines can
 * be found and cleaned on the bytes themselves, before any String is built.
 */
public record Utf8Text(byte[] bytes, int from, int to) {

  public Utf8Text {
    if (from < 0 || to < from || to > bytes.length) {
      throw new IndexOutOfBoundsException(
          "range [" + from + ", " + to + ") of " + bytes.length + " bytes");
    }
  }

  /** The text as a String. */
  public String decode() {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** The text of {@code bytes[start..end)}, a range of this one that starts and ends a char. */
  public String decode(int start, int end) {
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  /** The text of {@code bytes[start..end)} as Utf8Text: a range that starts and ends a char. */
  public Utf8Text range(int start, int end) {
    if (start < from || end > to) {
      throw new IndexOutOfBoundsException(start + ".." + end + " outside " + from + ".." + to);
    }
    return new Utf8Text(bytes, start, end);
  }

  /** Where the ASCII char {@code c} first stands at or after byte {@code start}, or -1. */
  public int indexOf(char c, int start) {
    return ByteScan.indexOf(bytes, (byte) c, start, to);
  }

  /** How many times the ASCII char {@code c} occurs. */
  public int count(char c) {
    int count = 0;
    for (int i = indexOf(c, from); i >= 0; i = indexOf(c, i + 1)) {
      count++;
    }
    return count;
  }

  /** The lines as {@link String#lines()} splits them (LF, CR, CRLF; no control dropped). */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    forEachLineRange((start, end) -> lines.add(decode(start, end)));
    return lines;
  }

  /**
   * Hands each line, as {@link #lines()} gives them, to {@code visitor}, with whether it holds a C0
   * control other than a tab, or DEL, judged on its bytes eight at a time: most lines have none,
   * and then need no char-by-char look for one. A tab does not count: indented copy leads nearly
   * every line with one.
   */
  public void forEachLine(LineVisitor visitor) {
    forEachLineRange(
        (start, end) -> {
          int control = ByteScan.indexOfControl(bytes, start, end);
          while (control < end && bytes[control] == '\t') {
            control = ByteScan.indexOfControl(bytes, control + 1, end);
          }
          visitor.line(decode(start, end), control < end);
        });
  }

  /** Takes lines from {@link #forEachLine}. */
  public interface LineVisitor {
    void line(String line, boolean hasControl);
  }

  /** Where each line starts and ends, without its line end: LF, CR or CRLF. */
  private void forEachLineRange(LineRange range) {
    int start = from;
    while (start < to) {
      int end = ByteScan.indexOfLineEnd(bytes, start, to);
      range.accept(start, end);
      if (end + 1 < to && bytes[end] == '\r' && bytes[end + 1] == '\n') {
        end++;
      }
      start = end + 1;
    }
  }

  private interface LineRange {
    void accept(int start, int end);
  }

  public boolean isEmpty() {
    return from == to;
  }

  /**
   * Whether the text is not blank, judged from its bytes alone: true if a char that is not
   * whitespace comes before any non-ASCII byte. False means "cannot tell": the caller decodes.
   */
  public boolean startsNonBlankInAscii() {
    for (int i = from; i < to; i++) {
      int b = bytes[i];
      if (b < 0) {
        return false;
      }
      if (!Chars.isWhitespace((char) b)) {
        return true;
      }
    }
    return false;
  }

  /** The end of the first {@code chars} UTF-16 chars, as a byte index (at most {@link #to}). */
  public int endOfChars(int chars) {
    int i = from;
    int counted = 0;
    while (i < to && counted < chars) {
      // ASCII runs, most of any text, are passed eight bytes at a time: a byte is a char there.
      int run = Utf8.asciiRunEnd(bytes, i, Math.min(to, i + (chars - counted)));
      counted += run - i;
      i = run;
      if (i < to && counted < chars && bytes[i] < 0) {
        int length = Utf8.sequenceLengthOfLead(bytes[i]);
        counted += length == 4 ? 2 : 1; // past U+FFFF, a surrogate pair
        i += length;
      }
    }
    return Math.min(i, to);
  }

  /** Whether the ASCII {@code marker} stands in {@code bytes[from..limit)}. */
  public boolean containsAscii(String marker, int limit) {
    return containsAscii(marker, from, limit);
  }

  /** Whether the ASCII {@code marker} stands in {@code bytes[start..limit)}. */
  public boolean containsAscii(String marker, int start, int limit) {
    byte first = (byte) marker.charAt(0);
    for (int i = ByteScan.indexOf(bytes, first, start, limit);
        i >= 0 && i + marker.length() <= limit;
        i = ByteScan.indexOf(bytes, first, i + 1, limit)) {
      int k = 1;
      while (k < marker.length() && bytes[i + k] == marker.charAt(k)) {
        k++;
      }
      if (k == marker.length()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has more than {@code max} lines (LF, CRLF or CR ends), counted on bytes. */
  public boolean hasMoreLinesThan(int max) {
    if (to - from < max) {
      return false; // each line but the first needs a line end, one byte at least
    }
    int lines = 1;
    for (int i = ByteScan.indexOfLineEnd(bytes, from, to); i < to; ) {
      if (bytes[i] == '\r' && i + 1 < to && bytes[i + 1] == '\n') {
        i++;
      }
      if (++lines > max) {
        return true;
      }
      i = ByteScan.indexOfLineEnd(bytes, i + 1, to);
    }
    return false;
  }
}
