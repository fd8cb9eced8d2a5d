package io.wirefeed.parse;

/** Character tests on the hot path, with an ASCII fast lane before Java's Unicode tables. */
public final class Chars {

  private Chars() {}

  /** Exactly {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return Character.isWhitespace(c);
  }
}
