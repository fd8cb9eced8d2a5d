package io.wirefeed.parse.format;

// Long on purpose: the whole ANPA-1312 grammar, from preamble to trailer, in one place.
import static io.wirefeed.parse.text.ControlChars.BS;
import static io.wirefeed.parse.text.ControlChars.DC2;
import static io.wirefeed.parse.text.ControlChars.DC4;
import static io.wirefeed.parse.text.ControlChars.DLE;
import static io.wirefeed.parse.text.ControlChars.ETX;
import static io.wirefeed.parse.text.ControlChars.RS;
import static io.wirefeed.parse.text.ControlChars.SOH;
import static io.wirefeed.parse.text.ControlChars.STX;
import static io.wirefeed.parse.text.ControlChars.US;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.parse.text.FirstSentence;
import io.wirefeed.parse.text.StatusWords;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.text.Utf8Text;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ANPA-1312 messages as AP and Kyodo send them:
 *
 * <pre>
 * SYN SYN SOH W2870 US asian                              message number, selector
 * f l DC3 DC1 BC-LT--Argentina-CancerB 1stLd-Writethru 11-13 1049
 *                                                         priority, category, format codes,
 *                                                         keyword, version, date, word count
 * STX BC-LT--Argentina-Cancer Beauty,466&lt;              keyword line
 * ^Headline&lt;  ^Eds: note&lt;  ^By NAME=  ^Associated Press=
 * TAB   paragraph, one per line (or indented and hard-wrapped)
 * ETX AP-WF-11-13-13 1509GMT&lt; EOT                       trailer: transmission time
 * </pre>
 *
 * Format codes {@code DC4 DC2} mark agate (tabular) copy; lines led by {@code BS} are table rows
 * whose {@code DLE} is a fixed space and {@code RS}/{@code US} column stops.
 */
final class Anpa1312Parser implements WireParser {

  /** Runs of spaces, compiled once: {@code String.split(" +")} compiles its pattern per call. */
  private static final Pattern SPACE_RUNS = Pattern.compile(" +");

  /** Header lines are short; longer ones are not read as headers. */
  private static final int MAX_HEADER_CHARS = 200;

  /**
   * {@code AP-WF-11-13-13 1509GMT}: month, day, year, hour, minute. Bounded, on a short trailer.
   */
  private static final Pattern AP_TRAILER_TIME =
      Pattern.compile("(\\d{2})-(\\d{2})-(\\d{2}) {0,2}(\\d{2})(\\d{2}) {0,2}GMT");

  @Override
  public ParsedFormat format() {
    return ParsedFormat.ANPA_1312;
  }

  @Override
  public boolean accepts(DecodedText text) {
    int soh = ControlFramed.headerStart(text);
    Utf8Text utf8 = text.utf8();
    return soh >= 0 && ByteScan.indexOf(utf8.bytes(), (byte) US, soh + 1, utf8.to()) >= 0;
  }

  @Override
  public ParseResult parse(DecodedText decoded) {
    // Read from the UTF-8 bytes: the frame marks are ASCII, and each line's String is built once.
    Utf8Text text = decoded.utf8();
    int soh = text.indexOf(SOH, text.from());
    if (soh < 0) {
      return ParseResult.failed("ANPA-1312 message has no SOH start");
    }
    int stx = text.indexOf(STX, soh);
    if (stx < 0) {
      return ParseResult.failed("ANPA-1312 message has no STX: it carries no text");
    }
    int etx = text.indexOf(ETX, stx);
    Editorial.Builder editorial = Editorial.builder();
    List<String> header = text.range(soh + 1, stx).lines();
    Keyword keyword = readHeader(header, editorial);

    String trailer = ControlFramed.trailer(text, etx);
    readTrailer(trailer, editorial);
    String agency = trailer.startsWith("AP-") ? "AP" : null;

    Body body = readBody(text.range(stx + 1, etx < 0 ? text.to() : etx), keyword);
    StoryBody story = StoryBody.ofBlocks(body.blocks());
    if (story.blocks().isEmpty() && body.headline() == null) {
      return ParseResult.failed("ANPA-1312 message has no text between STX and ETX");
    }
    body.notes().forEach(note -> editorial.note(ParsedNote.Kind.EDITORS_NOTE, note));
    body.notes().forEach(note -> editorial.status(StatusWords.of(note)));
    editorial.status(StatusWords.of(editorial.version()));
    String slug = body.slug() != null ? body.slug() : keyword.slug();
    if (agency == null) {
      agency = story.agency();
    }
    ControlFramed.keyByDay(editorial, agency, slug);
    String headline = body.headline() != null ? body.headline() : alertHeadline(slug, story);
    return ParseResult.parsed(
        ControlFramed.story(ParsedFormat.ANPA_1312, story, decoded, editorial.build())
            .agency(agency)
            .source(StoryAssembly.sourceOrAgency(story.source(), agency))
            .slug(slug)
            .headline(headline)
            .byline(body.byline())
            .signOff(body.signOff())
            .build());
  }

  /**
   * An alert (AP's {@code APNewsAlert}) has no headline line: editors see its first sentence as the
   * headline. A message is an alert when its slug says so or its text is one paragraph.
   */
  private static String alertHeadline(String slug, StoryBody story) {
    List<ParsedBlock> blocks = story.blocks();
    boolean alert =
        (slug != null && slug.toLowerCase(java.util.Locale.ROOT).contains("alert"))
            || blocks.size() == 1;
    if (!alert || blocks.isEmpty() || blocks.get(0).kind() != ParsedBlock.Kind.PARAGRAPH) {
      return null;
    }
    return FirstSentence.of(blocks.get(0).text());
  }

  /** The keyword as line 2 gives it, and whether the format codes say agate. */
  private record Keyword(String prefix, String slug, boolean tabular) {}

  private static Keyword readHeader(List<String> header, Editorial.Builder editorial) {
    String first = header.isEmpty() ? "" : cap(header.get(0));
    int us = first.indexOf(US);
    editorial.storyNumber(us < 0 ? first : first.substring(0, us));
    if (us >= 0) {
      editorial.service(trimDashes(first.substring(us + 1)));
    }
    String second = header.size() < 2 ? "" : cap(header.get(1));
    boolean tabular = second.indexOf(DC4) >= 0 && second.indexOf(DC2) >= 0;
    String[] tokens = SPACE_RUNS.split(withoutControls(second).strip());
    if (tokens.length < 3) {
      return new Keyword(null, null, tabular);
    }
    if (tokens[0].length() == 1) {
      editorial.priority(urgencyOf(tokens[0].charAt(0)));
      editorial.status(statusOf(tokens[0].charAt(0)));
    }
    editorial.category(tokens[1]);
    String keyword = tokens[2];
    StringBuilder version = new StringBuilder();
    for (int i = 3; i < tokens.length; i++) {
      if (isMonthDay(tokens[i])) {
        if (i + 1 < tokens.length && ControlFramed.isDigits(tokens[i + 1])) {
          editorial.declaredWordCount(Integer.parseInt(tokens[i + 1]));
        }
        break;
      }
      version.append(version.length() == 0 ? "" : " ").append(tokens[i]);
    }
    editorial.version(version.toString());
    String[] parts = splitKeyword(keyword);
    if (parts[0] != null) {
      editorial.keyword(parts[0]);
    }
    return new Keyword(keyword.substring(0, Math.min(3, keyword.length())), parts[1], tabular);
  }

  /** {@code BC-LT--Argentina-Cancer} gives {@code LT} and {@code Argentina-Cancer}. */
  private static String[] splitKeyword(String keyword) {
    String rest = keyword.startsWith("BC-") ? keyword.substring(3) : keyword;
    int split = rest.indexOf("--");
    if (split > 0 && split <= 4) {
      return new String[] {rest.substring(0, split), rest.substring(split + 2)};
    }
    return new String[] {null, rest};
  }

  private static Integer urgencyOf(char priority) {
    return switch (priority) {
      case 'f' -> 1;
      case 'b' -> 2;
      case 'u' -> 3;
      case 'r' -> 5;
      case 'd' -> 6;
      default -> null;
    };
  }

  /**
   * Bulletins and urgents only: AP also marks features and advances {@code f}, so that letter alone
   * does not make a flash.
   */
  private static ParsedStatus statusOf(char priority) {
    return priority == 'b' || priority == 'u' ? ParsedStatus.URGENT : ParsedStatus.STANDARD;
  }

  private static void readTrailer(String trailer, Editorial.Builder editorial) {
    Matcher m = AP_TRAILER_TIME.matcher(cap(withoutControls(trailer)));
    if (!m.find()) {
      return;
    }
    try {
      LocalDateTime time =
          LocalDateTime.of(
              2000 + Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)));
      editorial.transmittedAt(time.toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      // A garbled trailer time is left out; the story is still good.
    }
  }

  /** What the text between STX and ETX gives. */
  private record Body(
      String slug,
      String headline,
      String byline,
      String signOff,
      List<String> notes,
      List<ParsedBlock> blocks) {}

  private static Body readBody(Utf8Text text, Keyword keyword) {
    BodyReader reader = new BodyReader(keyword);
    text.forEachLine(reader::line);
    return reader.finish();
  }

  /** Reads body lines one at a time; header lines ({@code ^…<}, {@code ^…=}) come first. */
  private static final List<String> CREDIT_WORDS =
      List.of(
          "Associated Press",
          "AP ",
          "Writer",
          "Correspondent",
          "Editor",
          "Reporter",
          "Columnist",
          "Press");

  private static final class BodyReader {
    private final Keyword keyword;
    private String slug;
    private String headline;
    private String byline;
    private String signOff;
    private boolean lastWasByline;
    private final List<String> notes = new ArrayList<>();
    private final List<ParsedBlock> blocks = new ArrayList<>();

    /**
     * The paragraph's lines joined, once it has two: AP sends most paragraphs as one line, which is
     * kept as {@link #onlyLine} and copied nowhere.
     */
    private final StringBuilder paragraph = new StringBuilder();

    private String onlyLine;
    private final StringBuilder table = new StringBuilder();
    private final List<String> agateLines = new ArrayList<>();
    private int paragraphLines;
    private boolean firstLine = true;

    BodyReader(Keyword keyword) {
      this.keyword = keyword;
    }

    /**
     * @param hasControl whether {@code raw} holds a control char other than a tab, or DEL: without
     *     one it is neither a BS or RS table row nor has controls to drop (a tab is kept)
     */
    void line(String raw, boolean hasControl) {
      boolean first = firstLine;
      firstLine = false;
      boolean tableRow =
          (hasControl && raw.indexOf(BS) >= 0)
              || (keyword.tabular()
                  && (raw.indexOf(';') >= 0 || (hasControl && raw.indexOf(RS) >= 0)));
      if (tableRow) {
        endParagraph();
        lastWasByline = false;
        if (table.length() > 0) {
          table.append('\n');
        }
        table.append(stripLineEndCode(tableText(raw)).stripTrailing());
        return;
      }
      endTable();
      String line = stripLineEndCode(hasControl ? withoutControls(raw) : raw).stripTrailing();
      if (line.isBlank()) {
        endParagraph();
        return;
      }
      String stripped = line.strip();
      String keywordLine = stripped.startsWith("^") ? stripped.substring(1) : stripped;
      if (first && keyword.prefix() != null && keywordLine.startsWith(keyword.prefix())) {
        slug = keywordLineSlug(keywordLine);
        return;
      }
      if (stripped.startsWith("==")) {
        signOff = stripped.substring(2).strip();
        return;
      }
      if (stripped.startsWith("^")) {
        headerLine(stripped.substring(1).strip(), line.endsWith("="));
        return;
      }
      lastWasByline = false;
      if (isRule(stripped)) {
        // "___": agate's divider between sections, not text.
        endParagraph();
        endTable();
        return;
      }
      boolean indented = line.startsWith("\t") || line.startsWith("   ");

      if (headline == null
          && blocks.isEmpty()
          && agateLines.isEmpty()
          && paragraphLines == 0
          && !indented) {
        headline = typography(trimEnd(stripped, '+'));
        return;
      }
      if (indented) {
        endParagraph();
      }
      if (paragraphLines == 0) {
        onlyLine = stripped;
      } else {
        if (paragraphLines == 1) {
          paragraph.append(onlyLine);
        }
        paragraph.append(' ').append(stripped);
      }
      paragraphLines++;
    }

    private void headerLine(String content, boolean credit) {
      String text = typography(trimEnd(trimEnd(content, '<'), '='));
      if (text.isEmpty()) {
        return;
      }
      if (isNote(text)) {
        notes.add(unparenthesized(text));
        return;
      }
      if (credit) {
        if (byline == null && text.startsWith("By ")) {
          byline = text;
          lastWasByline = true;
        } else if (lastWasByline && isCreditTitle(text)) {
          byline = byline + ", " + text;
        } else {
          endParagraph();
          add(ParsedBlock.subhead(text));
        }
        return;
      }
      lastWasByline = false;
      if (headline == null && blocks.isEmpty() && agateLines.isEmpty() && paragraphLines == 0) {
        headline = text;
      } else {
        endParagraph();
        add(ParsedBlock.paragraph(text));
      }
    }

    private void endParagraph() {
      if (paragraphLines > 0) {
        String text = typography(paragraphLines == 1 ? onlyLine : paragraph.toString());
        if (keyword.tabular() && paragraphLines == 1) {
          agateLines.add(text);
        } else {
          add(ParsedBlock.paragraph(text));
        }
        paragraph.setLength(0);
        onlyLine = null;
      }
      paragraphLines = 0;
    }

    /**
     * Agate copy sets scores and schedules one per indented line; a run of such one-line paragraphs
     * is a table, while prose in agate copy (Kyodo) wraps its paragraphs over lines.
     */
    private void add(ParsedBlock block) {
      if (agateLines.size() >= 2) {
        blocks.add(ParsedBlock.table(String.join("\n", agateLines)));
      } else {
        agateLines.forEach(line -> blocks.add(ParsedBlock.paragraph(line)));
      }
      agateLines.clear();
      if (block != null) {
        blocks.add(block);
      }
    }

    private void endTable() {
      if (table.length() > 0) {
        add(ParsedBlock.table(table.toString()));
        table.setLength(0);
      }
    }

    Body finish() {
      endParagraph();
      endTable();
      add(null);
      return new Body(slug, headline, byline, signOff, notes, blocks);
    }
  }

  /** A line under a byline that names the writer's role or agency, not a section heading. */
  private static boolean isCreditTitle(String text) {
    for (String word : CREDIT_WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRule(String text) {
    if (text.length() < 3) {
      return false;
    }
    // A loop, not a stream: this runs on every body line.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '_' && c != '-' && c != '=') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNote(String text) {
    String t = text.startsWith("(") ? text.substring(1) : text;
    return t.startsWith("Eds:")
        || t.startsWith("EDITOR'S NOTE")
        || t.startsWith("EDITOR’S NOTE")
        || t.startsWith("AP Photo")
        || t.startsWith("With AP Photo");
  }

  private static String unparenthesized(String text) {
    return text.startsWith("(") && text.endsWith(")")
        ? text.substring(1, text.length() - 1).strip()
        : text;
  }

  /** {@code BC-US--Ethanol-Losing Grassland, 1st Ld-Writethru,1140} gives the slug. */
  private static String keywordLineSlug(String line) {
    String keyword = trimEnd(line, '<');
    int comma = keyword.indexOf(',');
    return splitKeyword(comma < 0 ? keyword : keyword.substring(0, comma))[1].strip();
  }

  /** Table rows keep their spacing: {@code DLE} is a fixed space, column stops become tabs. */
  private static String tableText(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == DLE) {
        out.append(' ');
      } else if (c == RS || c == US || c == '\t') {
        out.append('\t');
      } else if (c == '{') {
        out.append('½');
      } else if (c >= 0x20 && c != 0x7F) {
        out.append(c);
      }
    }
    String row = out.toString();
    int start = 0;
    while (start < row.length() && row.charAt(start) == '\t') {
      start++;
    }
    return row.substring(start);
  }

  private static String typography(String text) {
    return AnpaTypography.apply(text.strip());
  }

  private static String stripLineEndCode(String line) {
    String trimmed = line.stripTrailing();
    return trimmed.endsWith("<") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  static String withoutControls(String text) {
    // Runs on every body line: most have no control char, so look for one before copying.
    int first = 0;
    while (first < text.length() && isKept(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    char[] chars = text.toCharArray();
    int size = first;
    for (int i = first; i < chars.length; i++) {
      if (isKept(chars[i])) {
        chars[size++] = chars[i];
      }
    }
    return new String(chars, 0, size);
  }

  private static boolean isKept(char c) {
    return c >= 0x20 ? c != 0x7F : c == '\t';
  }

  private static String trimEnd(String text, char c) {
    String t = text.stripTrailing();
    return t.endsWith(String.valueOf(c)) ? t.substring(0, t.length() - 1).stripTrailing() : t;
  }

  private static String trimDashes(String text) {
    String t = withoutControls(text).strip();
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '-') {
      end--;
    }
    return t.substring(0, end);
  }

  private static String cap(String line) {
    return line.length() > MAX_HEADER_CHARS ? line.substring(0, MAX_HEADER_CHARS) : line;
  }

  private static boolean isMonthDay(String token) {
    return token.length() == 5
        && Character.isDigit(token.charAt(0))
        && Character.isDigit(token.charAt(1))
        && token.charAt(2) == '-'
        && Character.isDigit(token.charAt(3))
        && Character.isDigit(token.charAt(4));
  }
}
