package io.wirefeed.parse.text;

import io.wirefeed.story.ParsedDateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dateline such as {@code MOSCOW, April 24, 2019 (BSS/AFP) –} from the start of a
 * paragraph. Also reads datelines without a year ({@code PARIS, May 2 (AFP) -}) or without a date
 * ({@code LONDON (Reuters) -}), Kyodo's bare credit after the date ({@code SAITAMA, Japan, Dec. 9
 * Kyodo -}), AP's underscore dash ({@code ATLANTA (AP) _}) and the dashless French form ({@code
 * Paris (ats afp) Les …}).
 */
public final class DatelineReader {

  /** Datelines are short; the pattern never sees more of a paragraph than this. */
  private static final int MAX_DATELINE_CHARS = 160;

  // Bounded quantifiers only, anchored, applied to at most MAX_DATELINE_CHARS: no runaway
  // backtracking on hostile input.
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?<place>\\p{Lu}[\\p{L}.'’/ -]{0,49}?)"
              + "(?:, (?<region>\\p{Lu}[\\p{L}.' ]{0,30}?))?"
              + "(?:, (?<month>\\p{L}{3,9})\\.? (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?"
              // Kyodo names itself after the date, bare: SAITAMA, Japan, Dec. 9 Kyodo -
              + "(?: (?<bareCredit>\\p{Lu}\\p{L}{1,15}))?)?"
              + " ?(?:\\((?<credit>[^()]{1,40})\\)|/(?<wire>[^/()]{1,40})/)?"
              // AP's plain-text copy sets the dash as a spaced underscore: ATLANTA (AP) _. After
              // a press-release wire in slashes (/PRNewswire-AsiaNet/) the dash is optional.
              + "(?: ?(?<dash>--|[-–—_])|(?<=/))(?: +|$)");

  /**
   * ATS and other French-language services put the agencies in lower case in parentheses and no
   * dash after them: {@code Paris (ats afp) Les …}. Lower-case codes and a capital after them keep
   * prose such as {@code Officials (UN) said} out.
   */
  private static final Pattern DASHLESS_DATELINE =
      Pattern.compile(
          "^(?<place>\\p{Lu}[\\p{L}.'’-]{0,30}(?: \\p{Lu}[\\p{L}.'’-]{0,30}){0,2})"
              + " \\((?<credit>[a-z]{2,8}(?:[ /][a-z]{2,8}){0,3})\\) +(?=[\\p{Lu}«\"“„‚'])");

  private static final Map<String, Integer> MONTHS = months();

  private DatelineReader() {}

  /** A dateline found at the start of a paragraph, and the paragraph's text after it. */
  public record Found(ParsedDateline dateline, String agency, String source, String rest) {}

  public static Optional<Found> read(String paragraph) {
    return read(paragraph, false);
  }

  /**
   * @param mixedCasePlace whether a place such as {@code Berlin (dpa) -} counts without a date:
   *     true for formats whose datelines are written that way (IPTC 7901 from dpa)
   */
  public static Optional<Found> read(String paragraph, boolean mixedCasePlace) {
    int region = Math.min(paragraph.length(), MAX_DATELINE_CHARS);
    // Most paragraphs and headlines are prose with no dash up front. The pattern cannot match
    // without one, and its lazy place group backtracks through up to 50 characters before it
    // gives up, so checking for a dash first saves that on nearly every call.
    Optional<Found> found =
        hasDash(paragraph, region) ? readDashed(paragraph, mixedCasePlace) : Optional.empty();
    // Most paragraphs have no parenthesis near the start, and no dashless dateline then.
    return found.isPresent() || !isBefore(paragraph.indexOf(" ("), region)
        ? found
        : readDashless(paragraph);
  }

  /**
   * {@link #read(String, boolean)} without the quick checks or the hand-written search: the
   * patterns alone decide.
   */
  static Optional<Found> readByPattern(String paragraph, boolean mixedCasePlace) {
    Optional<Found> found = readDashed(paragraph, mixedCasePlace, dashedSpans(paragraph, true));
    return found.isPresent() ? found : readDashless(paragraph);
  }

  /** {@code Paris (ats afp) Les …}: see {@link #DASHLESS_DATELINE}. */
  private static Optional<Found> readDashless(String paragraph) {
    int region = Math.min(paragraph.length(), MAX_DATELINE_CHARS);
    Matcher m = DASHLESS_DATELINE.matcher(paragraph);
    m.region(0, region);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String text = paragraph.substring(0, m.end("credit") + 1);
    List<String> names = List.of(m.group("credit").split("[ /]"));
    return Optional.of(
        new Found(
            new ParsedDateline(m.group("place"), null, text),
            names.get(0),
            names.get(Math.min(1, names.size() - 1)),
            paragraph.substring(m.end()).strip()));
  }

  private static Optional<Found> readDashed(String paragraph, boolean mixedCasePlace) {
    return readDashed(paragraph, mixedCasePlace, dashedSpans(paragraph, false));
  }

  /**
   * Where {@link #DATELINE}'s groups stand at the start of a paragraph, found by the pattern or by
   * the hand-written search ({@link DatelineSpans#find}), or null.
   */
  static DatelineSpans dashedSpans(String paragraph, boolean byPattern) {
    int region = Math.min(paragraph.length(), MAX_DATELINE_CHARS);
    return byPattern
        ? DatelineSpans.byPattern(DATELINE, paragraph, region)
        : DatelineSpans.find(DATELINE, paragraph, region);
  }

  private static Optional<Found> readDashed(
      String paragraph, boolean mixedCasePlace, DatelineSpans m) {
    if (m == null) {
      return Optional.empty();
    }
    String place = paragraph.substring(0, m.placeEnd).strip();
    String wire = m.group(m.wireStart, m.wireEnd);
    String credit =
        m.creditStart >= 0
            ? m.group(m.creditStart, m.creditEnd)
            : m.group(m.bareCreditStart, m.bareCreditEnd);
    String monthName = m.group(m.monthStart, m.monthEnd);
    Integer month = monthName == null ? null : MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    if (monthName != null && month == null) {
      return Optional.empty();
    }
    // Without a date, only an upper-case place marks a dateline: "Officials (UN) - ..." is prose.
    if (wire != null && month == null) {
      return Optional.empty(); // "a/b/" in prose; release datelines always carry a date
    }
    if (wire == null
        && month == null
        && (credit == null || !(mixedCasePlace || isUpperCase(place)))) {
      return Optional.empty();
    }
    LocalDate date =
        month != null && m.yearStart >= 0
            ? dateOrNull(m.group(m.yearStart, m.yearEnd), month, m.group(m.dayStart, m.dayEnd))
            : null;
    String text = paragraph.substring(0, m.dashStart >= 0 ? m.dashStart : m.end).strip();
    String rest = paragraph.substring(m.end).strip();
    // A press-release wire is one name: PRNewswire-AsiaNet, not PRNewswire and AsiaNet.
    List<String> names = wire != null ? List.of(wire.strip()) : creditNames(credit);
    String agency = names.isEmpty() ? null : names.get(0);
    String source = names.isEmpty() ? null : names.get(Math.min(1, names.size() - 1));
    return Optional.of(new Found(new ParsedDateline(place, date, text), agency, source, rest));
  }

  /**
   * Whether a dash the pattern accepts, or the slash of a release wire, occurs before {@code end}.
   */
  private static boolean hasDash(String text, int end) {
    // String.indexOf is vectorised; a charAt loop over the same chars costs several times more.
    return isBefore(text.indexOf('-'), end)
        || isBefore(text.indexOf('–'), end)
        || isBefore(text.indexOf('—'), end)
        || isBefore(text.indexOf('_'), end)
        || isBefore(text.indexOf('/'), end);
  }

  private static boolean isBefore(int index, int end) {
    return index >= 0 && index < end;
  }

  private static List<String> creditNames(String credit) {
    if (credit == null) {
      return List.of();
    }
    return Arrays.stream(credit.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static LocalDate dateOrNull(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isUpperCase(String place) {
    return place.codePoints().noneMatch(Character::isLowerCase);
  }

  private static Map<String, Integer> months() {
    String[] names = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      months.put(names[i], i + 1);
      months.put(names[i].substring(0, 3), i + 1);
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
