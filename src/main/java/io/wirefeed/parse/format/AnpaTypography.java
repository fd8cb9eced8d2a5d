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
    // Rewritten in place: each change gives one char for one or two, so the text never grows.
    char[] chars = text.toCharArray();
    int length = chars.length;
    int size = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      boolean pair = i + 1 < length && chars[i + 1] == c;
      if (c == '`' && pair) {
        chars[size++] = '\u201C';
        i++;
      } else if (c == '\'' && pair) {
        chars[size++] = '\u201D';
        i++;
      } else if (c == '_' && standsAlone(text, i)) {
        chars[size++] = '\u2014';
      } else {
        chars[size++] = c;
      }
    }
    return new String(chars, 0, size);
  }

  private static boolean standsAlone(String text, int i) {
    boolean spaceBefore = i == 0 || text.charAt(i - 1) == ' ';
    boolean spaceAfter = i + 1 == text.length() || text.charAt(i + 1) == ' ';
    return spaceBefore && spaceAfter;
  }
}
