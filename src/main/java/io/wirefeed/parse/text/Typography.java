package io.wirefeed.parse.text;

/**
 * What the content hash's canonical text does with typography: which chars are invisible and which
 * quotes and dashes fold to their ASCII forms. Here, below the parsers, because a parser's word
 * count and the hash share one folding pass ({@link AsciiFolder}).
 */
public final class Typography {

  private Typography() {}

  /** Soft hyphen, zero-width space and joiners, word joiner, byte order mark: dropped. */
  public static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }

  /** Curly and angle quotes to {@code '} and {@code "}, dashes to {@code -}; else {@code c}. */
  public static char replacement(char c) {
    return switch (c) {
      case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
      case '“', '”', '„', '‟', '″', '«', '»' -> '"';
      case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
      default -> c;
    };
  }
}
