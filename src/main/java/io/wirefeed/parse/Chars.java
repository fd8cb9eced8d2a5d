package io.wirefeed.parse;

/** Character tests on the hot path, with an ASCII fast lane before Java's Unicode tables. */
public final class Chars {

  /**
   * Bit {@code c} is set for each whitespace character {@code c} below 64: one test, no branches.
   */
  private static final long LOW_WHITESPACE = lowWhitespace();

  private Chars() {}

  /** Exactly {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    if (c < 64) {
      return (LOW_WHITESPACE & (1L << c)) != 0;
    }
    return c >= 128 && Character.isWhitespace(c);
  }

  private static long lowWhitespace() {
    long bits = 0;
    for (char c = 0; c < 64; c++) {
      if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F')) {
        bits |= 1L << c;
      }
    }
    return bits;
  }
}
