package io.wirefeed.parse.text;

import java.util.Set;

/**
 * The first sentence of a paragraph, as an editor reads an alert's headline from it: up to the
 * first {@code .}, {@code !} or {@code ?} followed by a space and a capital, passing over
 * abbreviations ({@code U.S.}, {@code Mr.}, {@code Jan.}) and initials.
 */
public final class FirstSentence {

  /** A headline taken from text is at most this long; a longer first sentence is cut at a word. */
  static final int MAX_CHARS = 200;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
          "prof", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft", "mt");

  private FirstSentence() {}

  public static String of(String paragraph) {
    String text = paragraph.strip();
    int limit = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      boolean end = c == '.' || c == '!' || c == '?';
      if (end
          && i + 2 < text.length()
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && (c != '.' || !endsInAbbreviation(text, i))) {
        return text.substring(0, i + 1);
      }
    }
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_CHARS);
    return (space > 0 ? text.substring(0, space) : text.substring(0, MAX_CHARS)) + "…";
  }

  /** Whether the word before the period at {@code dot} is an abbreviation or an initial. */
  private static boolean endsInAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && text.charAt(start - 1) != ' ') {
      start--;
    }
    String word = text.substring(start, dot);
    return word.length() <= 1
        || word.indexOf('.') >= 0
        || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
