package io.wirefeed.parse.text;

import java.util.ArrayList;
import java.util.List;

/** Groups body lines into paragraphs and unwraps hard-wrapped lines. */
public final class Paragraphs {

  private Paragraphs() {}

  /**
   * Greedy word wrap at spaces, as a terminal or a relaying feed re-wraps copy: each line as many
   * words as fit in {@code width} columns, a longer word alone on its line. The feeds of the bench
   * and the tests wrap with it; {@link #unwrap} undoes it.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Joins wrapped lines with single spaces. A line ending in a hyphen right after a word was broken
   * inside a hyphenated word ({@code Moon Jae-} / {@code in}), so it joins the next line without a
   * space and keeps the hyphen; a dash standing alone ({@code the meeting -}) joins with a space.
   */
  public static String unwrap(List<String> group) {
    if (group.size() == 1) {
      return group.get(0).strip(); // nothing to join
    }
    int capacity = group.size();
    for (String line : group) {
      capacity += line.length();
    }
    StringBuilder paragraph = new StringBuilder(capacity); // never grows: no copies on the way
    for (String rawLine : group) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (paragraph.length() > 0 && !endsInWordHyphen(paragraph)) {
        paragraph.append(' ');
      }
      paragraph.append(line);
    }
    return paragraph.toString();
  }

  private static boolean endsInWordHyphen(CharSequence text) {
    int last = text.length() - 1;
    return last >= 1
        && isHyphen(text.charAt(last))
        && !Character.isWhitespace(text.charAt(last - 1));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010';
  }
}
