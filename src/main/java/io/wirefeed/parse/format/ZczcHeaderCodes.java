package io.wirefeed.parse.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the one-character code lines AAP systems put between {@code ZCZC} and the text ({@code %A},
 * {@code #Slug}, {@code $Headline}, …). The same character means different things in different AAP
 * feeds, so the first code line picks the dialect: a one-letter {@code %} category is the newsroom
 * (BOB) layout, a longer {@code %} line is a Medianet selector list, {@code #} is the Pagemasters
 * layout, and any other code character the classic AAP layout.
 */
final class ZczcHeaderCodes {

  /** Code lines are short; a longer line is text. */
  private static final int MAX_CODE_LINE_CHARS = 160;

  private static final Pattern ROUTING =
      Pattern.compile("[A-Z]{2} [A-Za-z]{2,10}(?: [A-Za-z]{2,10}){0,5}");

  /** More code lines than this and it is not a header. */
  private static final int MAX_CODE_LINES = 20;

  private enum Field {
    CATEGORY,
    SELECTORS,
    SLUG,
    HEADLINE,
    VERSION,
    SUBJECT,
    FORMAT,
    PLACE,
    GENRE,
    IGNORED
  }

  private enum Dialect {
    CLASSIC(
        Map.of(
            '$', Field.CATEGORY,
            ':', Field.SLUG,
            '=', Field.VERSION,
            '^', Field.HEADLINE,
            '*', Field.FORMAT,
            '&', Field.IGNORED,
            '+', Field.SUBJECT,
            '@', Field.PLACE,
            '~', Field.GENRE)),
    NEWSROOM(
        Map.of(
            '%', Field.CATEGORY,
            '#', Field.SLUG,
            '$', Field.HEADLINE,
            ':', Field.VERSION,
            '*', Field.SUBJECT,
            '&', Field.IGNORED,
            '@', Field.PLACE,
            '~', Field.GENRE)),
    MEDIANET(
        Map.of('%', Field.SELECTORS, '$', Field.CATEGORY, ':', Field.HEADLINE, '*', Field.FORMAT)),
    PAGEMASTERS(Map.of('#', Field.SLUG, ':', Field.HEADLINE, '@', Field.VERSION));

    private final Map<Character, Field> codes;

    Dialect(Map<Character, Field> codes) {
      this.codes = codes;
    }

    static Optional<Dialect> of(String firstCodeLine) {
      if (firstCodeLine.isEmpty() || firstCodeLine.length() > MAX_CODE_LINE_CHARS) {
        return Optional.empty();
      }
      char code = firstCodeLine.charAt(0);
      if (code == '%') {
        String rest = firstCodeLine.substring(1).strip();
        return Optional.of(
            rest.length() == 1 && Character.isLetter(rest.charAt(0)) ? NEWSROOM : MEDIANET);
      }
      if (code == '#') {
        return Optional.of(PAGEMASTERS);
      }
      return CLASSIC.codes.containsKey(code) ? Optional.of(CLASSIC) : Optional.empty();
    }
  }

  private ZczcHeaderCodes() {}

  /** The header starting at line {@code from}, or empty when that line is not a code line. */
  static Optional<ZczcCodedHeader> read(List<String> lines, int from, int end) {
    if (from >= end) {
      return Optional.empty();
    }
    String first = lines.get(from).strip();
    if (first.length() <= MAX_CODE_LINE_CHARS && ROUTING.matcher(first).matches()) {
      return Optional.of(routed(first, lines, from + 1, end));
    }
    if (isTagged(first)) {
      return Optional.of(tagged(lines, from, end));
    }
    Optional<Dialect> dialect = Dialect.of(lines.get(from));
    if (dialect.isEmpty()) {
      return Optional.empty();
    }
    Map<Character, Field> codes = dialect.get().codes;
    Fields fields = new Fields();
    int i = from;
    int codeLines = 0;
    for (; i < end && codeLines < MAX_CODE_LINES; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Field field = line.length() > MAX_CODE_LINE_CHARS ? null : codes.get(line.charAt(0));
      if (field == null) {
        break;
      }
      codeLines++;
      fields.take(field, line.substring(1).strip());
    }
    return Optional.of(fields.header(i));
  }

  /**
   * Racing results open with a routing line ({@code YY TDR}: priority pair and selectors); the next
   * line is the title, sometimes led by {@code RACING :} or {@code :}.
   */
  private static ZczcCodedHeader routed(String routing, List<String> lines, int from, int end) {
    Fields fields = new Fields();
    fields.take(Field.SELECTORS, routing);
    int title = from;
    while (title < end && lines.get(title).isBlank()) {
      title++;
    }
    if (title < end && lines.get(title).length() <= MAX_CODE_LINE_CHARS) {
      String text = lines.get(title).strip();
      int colon = text.indexOf(':');
      boolean labelled =
          colon >= 0
              && colon <= 12
              && text.substring(0, colon).strip().chars().allMatch(Character::isUpperCase);
      fields.take(Field.HEADLINE, labelled ? text.substring(colon + 1).strip() : text);
      title++;
    }
    return fields.header(title);
  }

  /** {@code TI#Title}: two capitals and a hash, as company-announcement feeds tag their lines. */
  private static boolean isTagged(String line) {
    return line.length() >= 3
        && Character.isUpperCase(line.charAt(0))
        && Character.isUpperCase(line.charAt(1))
        && line.charAt(2) == '#';
  }

  /** Tagged lines up to {@code TX#}, which opens the text. */
  private static ZczcCodedHeader tagged(List<String> lines, int from, int end) {
    Fields fields = new Fields();
    int i = from;
    for (; i < end && i - from < MAX_CODE_LINES; i++) {
      String line = lines.get(i).strip();
      if (!isTagged(line)) {
        break;
      }
      String tag = line.substring(0, 2);
      String value = line.substring(3).strip();
      if (tag.equals("TX")) {
        i++;
        break;
      }
      switch (tag) {
        case "TI" -> fields.take(Field.HEADLINE, value);
        case "KN" -> fields.take(Field.SELECTORS, value);
        case "CO" -> fields.take(Field.GENRE, value);
        case "KY" -> Arrays.stream(value.split(" ")).forEach(k -> fields.take(Field.GENRE, k));
        default -> {
          // article number, date, abstract: the text says it again
        }
      }
    }
    return fields.header(i);
  }

  /** Collects values as the code lines come; a repeated code keeps its last non-empty value. */
  private static final class Fields {
    private String slug;
    private String headline;
    private String version;
    private String category;
    private String service;
    private final List<String> subjects = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private boolean tabular;

    void take(Field field, String value) {
      if (value.isEmpty()) {
        return;
      }
      switch (field) {
        case CATEGORY -> category = value;
        case SELECTORS -> service = value;
        case SLUG -> slug = value;
        case HEADLINE -> headline = value;
        case VERSION -> version = value;
        case SUBJECT -> {
          // Subject codes are IPTC numbers; anything else on the line is a layout flag.
          if (value.chars().allMatch(Character::isDigit)) {
            subjects.add(value);
          }
        }
        case FORMAT -> tabular = value.equals("T");
        case PLACE, GENRE -> {
          if (!keywords.contains(value)) {
            keywords.add(value);
          }
        }
        case IGNORED -> {
          // service level / sender: routing, not story metadata
        }
      }
    }

    ZczcCodedHeader header(int bodyStart) {
      // Racing fields carry only the race day (11/10/2015) where the headline goes.
      boolean dayOnly =
          headline != null && headline.chars().allMatch(c -> Character.isDigit(c) || c == '/');
      String shownHeadline = dayOnly && slug != null ? slug + " " + headline : headline;
      return new ZczcCodedHeader(
          slug, shownHeadline, version, category, service, subjects, keywords, tabular, bodyStart);
    }
  }
}
