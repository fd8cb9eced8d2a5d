package io.wirefeed.parse;

import java.util.List;

/** Splits decoded text into lines the parsers can trust. */
final class Lines {

  private Lines() {}

  /**
   * Lines split at LF, CRLF or CR. Other C0 control characters are transmission framing (SOH, STX,
   * ETX, SYN on telex links), not text: they are dropped, and tabs become spaces.
   */
  static List<String> of(String text) {
    return text.lines().map(Lines::withoutControlCharacters).toList();
  }

  private static String withoutControlCharacters(String line) {
    if (line.chars().noneMatch(c -> c < 0x20 || c == 0x7F)) {
      return line;
    }
    StringBuilder cleaned = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        cleaned.append(' ');
      } else if (c >= 0x20 && c != 0x7F) {
        cleaned.append(c);
      }
    }
    return cleaned.toString();
  }
}
