package io.wirefeed.parse.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into lines the parsers can trust. */
public final class Lines {

  private Lines() {}

  /**
   * Lines split at LF, CRLF or CR, as {@link String#lines()} does. Other C0 control characters are
   * transmission framing (SOH, STX, ETX, SYN on telex links), not text: they are dropped, and tabs
   * become spaces. One pass over the text, since every message goes through here.
   */
  public static List<String> of(String text) {
    return first(text, Integer.MAX_VALUE);
  }

  /** The first {@code max} lines of {@link #of(String)}, without reading past them. */
  public static List<String> first(String text, int max) {
    // Line ends and control characters are all below 0x80, so a Latin-1 copy of the text has them
    // at the same indexes (anything past Latin-1 becomes '?'), and can be searched eight bytes at
    // a time. Only a surrogate pair, which becomes one '?', would shift the indexes: then the
    // lengths differ and the chars are scanned one by one.
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    return latin1.length == text.length()
        ? firstByControlBytes(text, latin1, max)
        : firstByChars(text, max);
  }

  private static List<String> firstByControlBytes(String text, byte[] latin1, int max) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    boolean clean = true;
    int length = latin1.length;
    for (int i = ByteScan.indexOfControl(latin1, 0);
        i < length;
        i = ByteScan.indexOfControl(latin1, i + 1)) {
      byte b = latin1[i];
      if (b == '\n' || b == '\r') {
        lines.add(line(text, start, i, clean));
        if (lines.size() == max) {
          return lines;
        }
        if (b == '\r' && i + 1 < length && latin1[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
        clean = true;
      } else {
        clean = false;
      }
    }
    if (start < length) {
      lines.add(line(text, start, length, clean));
    }
    return lines;
  }

  /** {@link #first} for any text: the same split, a char at a time. */
  static List<String> firstByChars(String text, int max) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    boolean clean = true;
    int length = text.length();
    // Scanned in a char[] copy: indexing an array costs a fraction of String.charAt.
    char[] chars = text.toCharArray();
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      // One test for the common printable ASCII char; everything else is sorted out below.
      if ((char) (c - 0x20) < 0x5F) {
        continue;
      }
      if (c == '\n' || c == '\r') {
        lines.add(line(text, start, i, clean));
        if (lines.size() == max) {
          return lines;
        }
        if (c == '\r' && i + 1 < length && chars[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
        clean = true;
      } else if (c < 0x20 || c == 0x7F) {
        clean = false;
      }
    }
    if (start < length) {
      lines.add(line(text, start, length, clean));
    }
    return lines;
  }

  private static String line(String text, int start, int end, boolean clean) {
    if (clean) {
      return text.substring(start, end);
    }
    StringBuilder cleaned = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        cleaned.append(' ');
      } else if (c >= 0x20 && c != 0x7F) {
        cleaned.append(c);
      }
    }
    return cleaned.toString();
  }
}
