package io.wirefeed.parse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the parts of a dashed dateline stand in a paragraph, as {@link DatelineReader}'s pattern
 * finds them: by the pattern itself ({@link #byPattern}), or by {@link #find}, a hand-written
 * search that tries the same alternatives in the same order as the pattern's backtracking, and so
 * gives the same match and the same groups at a fraction of the cost (nearly every telex story's
 * first paragraph is a dateline, so the pattern ran in full on each). Offsets are chars of the
 * paragraph; an optional part that did not match has start -1.
 */
final class DatelineSpans {

  int placeEnd;
  int monthStart = -1;
  int monthEnd;
  int dayStart;
  int dayEnd;
  int yearStart = -1;
  int yearEnd;
  int bareCreditStart = -1;
  int bareCreditEnd;
  int creditStart = -1;
  int creditEnd;
  int wireStart = -1;
  int wireEnd;
  int dashStart = -1;
  int end;

  private final String text;
  private final int limit;

  private DatelineSpans(String text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /** The pattern's groups for {@code paragraph[0..limit)}, or null if it does not match. */
  static DatelineSpans byPattern(Pattern pattern, String paragraph, int limit) {
    Matcher m = pattern.matcher(paragraph);
    m.region(0, limit);
    if (!m.lookingAt()) {
      return null;
    }
    DatelineSpans spans = new DatelineSpans(paragraph, limit);
    spans.placeEnd = m.end("place");
    spans.monthStart = m.start("month");
    spans.monthEnd = m.end("month");
    spans.dayStart = m.start("day");
    spans.dayEnd = m.end("day");
    spans.yearStart = m.start("year");
    spans.yearEnd = m.end("year");
    spans.bareCreditStart = m.start("bareCredit");
    spans.bareCreditEnd = m.end("bareCredit");
    spans.creditStart = m.start("credit");
    spans.creditEnd = m.end("credit");
    spans.wireStart = m.start("wire");
    spans.wireEnd = m.end("wire");
    spans.dashStart = m.start("dash");
    spans.end = m.end();
    return spans;
  }

  /**
   * What {@link #byPattern} gives for the dashed pattern, found by hand; the pattern itself for a
   * paragraph with a surrogate pair in its first {@code limit} chars (the pattern reads those as
   * one code point, the search here as two chars).
   */
  static DatelineSpans find(Pattern pattern, String paragraph, int limit) {
    for (int i = 0; i < limit; i++) {
      if (Character.isSurrogate(paragraph.charAt(i))) {
        return byPattern(pattern, paragraph, limit);
      }
    }
    DatelineSpans spans = new DatelineSpans(paragraph, limit);
    return spans.place() ? spans : null;
  }

  String group(int start, int end) {
    return start < 0 ? null : text.substring(start, end);
  }

  // Each step below is one part of the pattern: it tries the part's choices in the order the
  // pattern tries them (a lazy quantifier shortest first, a greedy one longest first, an optional
  // part present first) and hands on to the next part; true once the whole pattern has matched.
  // A step sets its groups before handing on and clears them when it tries the part's absence.

  /** {@code ^(?<place>\p{Lu}[\p{L}.'’/ -]{0,49}?)}, lazy. */
  private boolean place() {
    if (!isUpperLetter(at(0))) {
      return false;
    }
    for (int p = 1; ; p++) {
      if (afterPlace(p)) {
        placeEnd = p;
        return true;
      }
      if (p == 50 || !isPlaceChar(at(p))) {
        return false;
      }
    }
  }

  /** {@code (?:, (?<region>\p{Lu}[\p{L}.' ]{0,30}?))?}. */
  private boolean afterPlace(int p) {
    if (startsWithCommaSpace(p) && isUpperLetter(at(p + 2))) {
      for (int q = p + 3; ; q++) {
        if (afterRegion(q)) {
          return true;
        }
        if (q == p + 33 || !isRegionChar(at(q))) {
          break;
        }
      }
    }
    return afterRegion(p);
  }

  /**
   * {@code (?:, (?<month>\p{L}{3,9})\.? (?<day>\d{1,2})(?:, (?<year>\d{4}))?(?:
   * (?<bareCredit>\p{Lu}\p{L}{1,15}))?)?}.
   */
  private boolean afterRegion(int p) {
    if (startsWithCommaSpace(p)) {
      int letters = run(p + 2, 9, DatelineSpans::isLetter);
      for (int monthEnd = p + 2 + letters; monthEnd >= p + 5; monthEnd--) {
        for (int dot = at(monthEnd) == '.' ? 1 : 0; dot >= 0; dot--) {
          int space = monthEnd + dot;
          if (at(space) == ' ' && afterMonth(space + 1)) {
            monthStart = p + 2;
            this.monthEnd = monthEnd;
            return true;
          }
        }
      }
    }
    monthStart = -1;
    dayStart = -1;
    yearStart = -1;
    bareCreditStart = -1;
    return afterDate(p);
  }

  /** {@code (?<day>\d{1,2})} and what follows it within the date. */
  private boolean afterMonth(int p) {
    for (int dayEnd = p + run(p, 2, DatelineSpans::isDigit); dayEnd > p; dayEnd--) {
      if (afterDay(dayEnd)) {
        dayStart = p;
        this.dayEnd = dayEnd;
        return true;
      }
    }
    return false;
  }

  /** {@code (?:, (?<year>\d{4}))?}. */
  private boolean afterDay(int p) {
    if (startsWithCommaSpace(p) && run(p + 2, 4, DatelineSpans::isDigit) == 4) {
      if (afterYear(p + 6)) {
        yearStart = p + 2;
        yearEnd = p + 6;
        return true;
      }
    }
    yearStart = -1;
    return afterYear(p);
  }

  /** {@code (?: (?<bareCredit>\p{Lu}\p{L}{1,15}))?}. */
  private boolean afterYear(int p) {
    if (at(p) == ' ' && isUpperLetter(at(p + 1))) {
      for (int q = p + 2 + run(p + 2, 15, DatelineSpans::isLetter); q >= p + 3; q--) {
        if (afterDate(q)) {
          bareCreditStart = p + 1;
          bareCreditEnd = q;
          return true;
        }
      }
    }
    bareCreditStart = -1;
    return afterDate(p);
  }

  /** {@code " ?"}. */
  private boolean afterDate(int p) {
    return (at(p) == ' ' && beforeCredit(p + 1)) || beforeCredit(p);
  }

  /** {@code (?:\((?<credit>[^()]{1,40})\)|/(?<wire>[^/()]{1,40})/)?}. */
  private boolean beforeCredit(int p) {
    creditStart = -1;
    wireStart = -1;
    if (at(p) == '(') {
      // The run cannot hold a ')', so only its full length can be followed by one.
      int close = p + 1 + run(p + 1, 40, c -> c != '(' && c != ')');
      if (close > p + 1 && at(close) == ')' && beforeDash(close + 1)) {
        creditStart = p + 1;
        creditEnd = close;
        return true;
      }
    } else if (at(p) == '/') {
      int close = p + 1 + run(p + 1, 40, c -> c != '/' && c != '(' && c != ')');
      if (close > p + 1 && at(close) == '/' && beforeDash(close + 1)) {
        wireStart = p + 1;
        wireEnd = close;
        return true;
      }
    }
    creditStart = -1;
    wireStart = -1;
    return beforeDash(p);
  }

  /** {@code (?: ?(?<dash>--|[-–—_])|(?<=/))}. */
  private boolean beforeDash(int p) {
    if ((at(p) == ' ' && dash(p + 1)) || dash(p)) {
      return true;
    }
    dashStart = -1;
    return p > 0 && text.charAt(p - 1) == '/' && last(p);
  }

  /** {@code --|[-–—_]}. */
  private boolean dash(int p) {
    char c = at(p);
    if (c == '-' && at(p + 1) == '-' && last(p + 2)) {
      dashStart = p;
      return true;
    }
    if ((c == '-' || c == '–' || c == '—' || c == '_') && last(p + 1)) {
      dashStart = p;
      return true;
    }
    return false;
  }

  /** {@code (?: +|$)}: spaces, as many as there are, or the end as {@code $} sees it. */
  private boolean last(int p) {
    if (at(p) == ' ') {
      int q = p + 1;
      while (at(q) == ' ') {
        q++;
      }
      end = q;
      return true;
    }
    if (isEnd(p)) {
      end = p;
      return true;
    }
    return false;
  }

  /**
   * {@code $} without MULTILINE, with the region's end as the input's end: at the end, or before a
   * line terminator that ends it (not between CR and LF).
   */
  private boolean isEnd(int p) {
    if (p == limit) {
      return true;
    }
    if (p == limit - 2) {
      return text.charAt(p) == '\r' && text.charAt(p + 1) == '\n';
    }
    if (p != limit - 1) {
      return false;
    }
    char c = text.charAt(p);
    if (c == '\n') {
      return p == 0 || text.charAt(p - 1) != '\r';
    }
    return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The char at {@code p}, or a NUL past the region (which no part of the pattern accepts). */
  private char at(int p) {
    return p < limit ? text.charAt(p) : '\0';
  }

  private boolean startsWithCommaSpace(int p) {
    return at(p) == ',' && at(p + 1) == ' ';
  }

  /** How many chars from {@code p}, at most {@code max}, pass {@code test}. */
  private int run(int p, int max, CharTest test) {
    int n = 0;
    while (n < max && p + n < limit && test.passes(text.charAt(p + n))) {
      n++;
    }
    return n;
  }

  private interface CharTest {
    boolean passes(char c);
  }

  /** {@code \p{Lu}}. */
  private static boolean isUpperLetter(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.getType(c) == Character.UPPERCASE_LETTER;
  }

  /** {@code \p{L}}. */
  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [\p{L}.'’/ -]}. */
  private static boolean isPlaceChar(char c) {
    return isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '/' || c == ' ' || c == '-';
  }

  /** {@code [\p{L}.' ]}. */
  private static boolean isRegionChar(char c) {
    return isLetter(c) || c == '.' || c == '\'' || c == ' ';
  }
}
