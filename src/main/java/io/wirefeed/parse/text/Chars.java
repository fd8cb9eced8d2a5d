package io.wirefeed.parse.text;

/** Character tests on the hot path, with an ASCII fast lane before Java's Unicode tables. */
public final class Chars {

  /**
   * Whether each ASCII char is whitespace. A table rather than comparisons: wire text mixes letters
   * and spaces at random, and comparisons would become branches the CPU mispredicts.
   */
  private static final boolean[] ASCII_WHITESPACE = asciiWhitespace();

  private Chars() {}

  /** Exactly {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    return c < 128 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
  }

  private static boolean[] asciiWhitespace() {
    boolean[] whitespace = new boolean[128];
    for (char c = 0; c < 128; c++) {
      whitespace[c] = c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return whitespace;
  }
}
