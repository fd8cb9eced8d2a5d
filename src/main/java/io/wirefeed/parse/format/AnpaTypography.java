package io.wirefeed.parse.format;

/**
 * ANPA-1312 predates curly quotes and dashes: AP writes {@code ``} and {@code ''} for double quotes
 * and a spaced underscore for a dash. Applied to prose only; in tables {@code _} means an empty
 * cell.
 */
final class AnpaTypography {

  private AnpaTypography() {}

  static String apply(String text) {
    if (text == null
        || (text.indexOf('`') < 0 && text.indexOf("''") < 0 && text.indexOf('_') < 0)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = i + 1 < text.length() && text.charAt(i + 1) == c;
      if (c == '`' && pair) {
        out.append('\u201C');
        i++;
      } else if (c == '\'' && pair) {
        out.append('\u201D');
        i++;
      } else if (c == '_' && standsAlone(text, i)) {
        out.append('\u2014');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean standsAlone(String text, int i) {
    boolean spaceBefore = i == 0 || text.charAt(i - 1) == ' ';
    boolean spaceAfter = i + 1 == text.length() || text.charAt(i + 1) == ' ';
    return spaceBefore && spaceAfter;
  }
}
