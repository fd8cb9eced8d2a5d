package io.wirefeed.parse.format;

// Long on purpose: the whole IPTC 7901 grammar, from header to trailer, in one place.
import static io.wirefeed.parse.text.ControlChars.BEL;
import static io.wirefeed.parse.text.ControlChars.ETX;
import static io.wirefeed.parse.text.ControlChars.SOH;
import static io.wirefeed.parse.text.ControlChars.STX;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.Paragraphs;
import io.wirefeed.parse.text.StatusWords;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.text.TextLines;
import io.wirefeed.parse.text.Utf8Text;
import io.wirefeed.parse.text.WireTimes;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads IPTC 7901 messages as dpa, ATS and APTN send them, with or without their control bytes:
 *
 * <pre>
 * SOH eca062 4 i 211 ccccb   dpa 061       service+number, priority, category, words, agency
 * Germany-politics/                        keyword line
 * STX 1ST LEAD                             take key / genre lines, e.g. (Eil), (Berichtigung: …)
 * Headline =                               the headline block ends with " ="
 *    Berlin (dpa) - Body …                 indented or blank-line separated paragraphs
 * # dpa NOTEBOOK …                         notes; "not for publication" starts private notes
 * dpa wsz jln                              sign-off
 * ETX 131137 GMT Nov 13 EOT                trailer: day, time, month, year
 * </pre>
 */
final class Iptc7901Parser implements WireParser {

  /** Runs of spaces, compiled once: {@code String.split(" +")} compiles its pattern per call. */
  private static final Pattern SPACE_RUNS = Pattern.compile(" +");

  /** The headline block ends within this many lines, or the first line is the headline. */
  private static final int MAX_HEADLINE_BLOCK_LINES = 10;

  /** dpa rings the teleprinter's bell several times for an urgent ({@code Eil}) message. */
  private static final int URGENT_BELLS = 3;

  private static final int MAX_SIGN_OFF_CHARS = 60;

  /** A correction note before the headline is at most this long. */
  private static final int MAX_HEADLINE_NOTE_CHARS = 600;

  /** Agency and desk initials: {@code dpa abc yydd n1 sku}. */
  private static final int MAX_SIGN_OFF_WORDS = 8;

  /** Table columns are set apart by at least this run of spaces. */
  private static final String COLUMN_GAP = "   ";

  @Override
  public ParsedFormat format() {
    return ParsedFormat.IPTC_7901;
  }

  @Override
  public boolean accepts(DecodedText text) {
    return ControlFramed.headerStart(text) >= 0;
  }

  @Override
  public ParseResult parse(DecodedText decoded) {
    // Read from the UTF-8 bytes: the frame marks are ASCII, and each line's String is built once.
    Utf8Text text = decoded.utf8();
    Editorial.Builder editorial = Editorial.builder();
    if (text.count(BEL) >= URGENT_BELLS) {
      editorial.status(ParsedStatus.URGENT);
    }
    int soh = text.indexOf(SOH, text.from());
    int start = soh < 0 ? text.from() : soh + 1;
    int stx = text.indexOf(STX, start);
    int etx = text.indexOf(ETX, Math.max(start, stx));
    int textEnd = etx < 0 ? text.to() : etx;
    String trailer = ControlFramed.trailer(text, etx);

    TextLines headLines = TextLines.of(text.range(start, stx < 0 ? textEnd : stx));
    List<String> head = headLines.asList();
    // The text lines are one run of lines [textFrom, textTo) of the body's lines, or of the
    // header's where a relay stripped the control bytes: body paragraphs are unwrapped from their
    // bytes (TextLines), and no String is built for most lines.
    TextLines textLines = stx < 0 ? headLines : TextLines.of(text.range(stx + 1, textEnd));
    int textFrom = 0;
    int textTo = textLines.size();
    // A broken or missing header still leaves a usable body: publish what can be read.
    int headerLine = firstNonBlank(head, 0);
    String agency = headerLine < 0 ? null : readHeader(head.get(headerLine), editorial);
    List<String> keywordLines = new ArrayList<>();
    if (stx < 0) {
      // Control bytes stripped: the keyword line is the first after the header, the rest is text.
      int keywordLine = headerLine < 0 ? -1 : firstNonBlank(head, headerLine + 1);
      if (keywordLine >= 0) {
        keywordLines.add(head.get(keywordLine));
        textFrom = keywordLine + 1;
      } else {
        textFrom = textTo;
      }
      textTo = textFrom + trailerStripped(textLines.asList().subList(textFrom, textTo), editorial);
    } else {
      head.subList(headerLine + 1, head.size()).stream()
          .filter(l -> !l.isBlank())
          .forEach(keywordLines::add);
      WireTimes.ddhhmmMonYy(trailer).ifPresent(editorial::transmittedAt);
    }
    String slug = readKeywords(keywordLines, editorial);

    List<String> lines = textLines.asList().subList(textFrom, textTo);
    HeadlineBlock block = HeadlineBlock.read(lines, editorial);
    BodyLines body = BodyLines.read(textLines, textFrom + block.end(), textTo, agency, editorial);
    StoryBody story = StoryBody.ofBlocks(body.blocks().blocks(), body.blocks().utf8(), true);
    if (story.blocks().isEmpty()) {
      return ParseResult.failed("IPTC 7901 message has no body");
    }
    if (agency == null) {
      agency = story.agency();
    }
    ControlFramed.keyByDay(editorial, agency, slug);
    return ParseResult.parsed(
        ControlFramed.story(ParsedFormat.IPTC_7901, story, decoded, editorial.build())
            .agency(agency)
            .source(StoryAssembly.sourceOrAgency(story.source(), agency))
            .slug(slug)
            .headline(block.headline())
            .byline(block.byline())
            .signOff(body.signOff())
            .build());
  }

  /**
   * {@code eca062 4 i 211 ccccb dpa 061}: service and number, priority, category, word count,
   * optional selectors, agency and its own number. Returns the agency, or null.
   */
  private static String readHeader(String line, Editorial.Builder editorial) {
    String[] tokens = SPACE_RUNS.split(line.strip());
    String first = tokens[0];
    int digits = 0;
    while (digits < first.length() && !Character.isDigit(first.charAt(digits))) {
      digits++;
    }
    editorial.service(first.substring(0, digits));
    editorial.storyNumber(first.substring(digits));
    if (tokens.length > 1 && tokens[1].length() == 1 && Character.isDigit(tokens[1].charAt(0))) {
      StoryAssembly.urgency(editorial, tokens[1].charAt(0) - '0');
    }
    if (tokens.length > 2) {
      editorial.category(tokens[2]);
    }
    if (tokens.length > 3 && ControlFramed.isDigits(tokens[3])) {
      editorial.declaredWordCount(Integer.parseInt(tokens[3]));
    }
    if (tokens.length > 5 && ControlFramed.isDigits(tokens[tokens.length - 1])) {
      String agency = tokens[tokens.length - 2];
      return agency.chars().allMatch(c -> Character.isLetter(c) || c == '-') ? agency : null;
    }
    return null;
  }

  /** {@code /politics/Britain/EU/} gives the slug {@code politics/Britain/EU} and its keywords. */
  private static String readKeywords(List<String> lines, Editorial.Builder editorial) {
    if (lines.isEmpty()) {
      return null;
    }
    String slug = lines.get(0).strip();
    while (slug.startsWith("/")) {
      slug = slug.substring(1);
    }
    while (slug.endsWith("/")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    for (String keyword : slug.split("/")) {
      editorial.keyword(keyword);
    }
    return slug.isEmpty() ? null : slug;
  }

  /**
   * A relay that stripped the control bytes left the trailer as the last line: how many of the
   * lines come before it, or all of them if there is none.
   */
  private static int trailerStripped(List<String> lines, Editorial.Builder editorial) {
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank()) {
      last--;
    }
    if (last >= 0) {
      var time = WireTimes.ddhhmmMonYy(lines.get(last));
      if (time.isPresent()) {
        editorial.transmittedAt(time.get());
        return last;
      }
    }
    return lines.size();
  }

  /** The lines from STX to the line ending {@code =}: take keys, genre, headline, byline. */
  private record HeadlineBlock(String headline, String byline, int end) {

    static HeadlineBlock read(List<String> lines, Editorial.Builder editorial) {
      int first = firstNonBlank(lines, 0);
      if (first < 0) {
        return new HeadlineBlock(null, null, lines.size());
      }
      int end = -1;
      int limit = Math.min(lines.size(), first + MAX_HEADLINE_BLOCK_LINES);
      for (int i = first; i < limit; i++) {
        if (lines.get(i).strip().endsWith("=")) {
          end = i + 1;
          break;
        }
      }
      if (end < 0) {
        // No "=" ends a headline block: only an ANPA-style "^…<" first line is a headline.
        String only = lines.get(first).strip();
        return only.startsWith("^")
            ? new HeadlineBlock(trimMarkers(only), null, first + 1)
            : new HeadlineBlock(null, null, first);
      }
      StringBuilder headline = new StringBuilder();
      StringBuilder version = new StringBuilder();
      String byline = null;
      for (int i = first; i < end; i++) {
        String line = trimMarkers(lines.get(i).strip());
        if (line.isEmpty()) {
          continue;
        }
        int close = line.startsWith("(") ? closingLine(lines, i, end) : -1;
        if (close > i) {
          // A note in parentheses over several lines: (Berichtigung: In einer früheren …)
          List<String> noteLines = new ArrayList<>();
          for (int k = i; k <= close; k++) {
            noteLines.add(trimMarkers(lines.get(k).strip()));
          }
          String note = Paragraphs.unwrap(noteLines);
          genre(note.substring(1, note.length() - 1).strip(), editorial);
          i = close;
        } else if (line.startsWith("(") && line.endsWith(")") && line.length() < 200) {
          genre(line.substring(1, line.length() - 1).strip(), editorial);
        } else if (isTakeKey(line)) {
          version.append(version.length() == 0 ? "" : " ").append(line);
        } else if (line.startsWith("By ") || line.startsWith("Von ")) {
          byline = line;
        } else {
          headline.append(headline.length() == 0 ? "" : " ").append(line);
        }
      }
      editorial.version(version.toString());
      editorial.status(StatusWords.of(version.toString()));
      return new HeadlineBlock(headline.length() == 0 ? null : headline.toString(), byline, end);
    }

    /**
     * The line at or after {@code open} (before {@code end}) whose closing parenthesis ends the
     * note that {@code open} starts, if it is a later line and the note is short; else -1.
     */
    private static int closingLine(List<String> lines, int open, int end) {
      if (trimMarkers(lines.get(open).strip()).endsWith(")")) {
        return -1;
      }
      int chars = 0;
      for (int k = open; k < end; k++) {
        String line = trimMarkers(lines.get(k).strip());
        chars += line.length();
        if (chars > MAX_HEADLINE_NOTE_CHARS || (k > open && line.startsWith("("))) {
          return -1;
        }
        if (line.endsWith(")")) {
          return k;
        }
      }
      return -1;
    }

    private static void genre(String genre, Editorial.Builder editorial) {
      if (genre.startsWith("Berichtigung") || genre.startsWith("Correction")) {
        editorial.note(ParsedNote.Kind.CORRECTION, genre);
        editorial.status(ParsedStatus.CORRECTION);
        return;
      }
      editorial.keyword(genre);
      editorial.status(StatusWords.of(genre));
    }

    /** {@code 1ST LEAD}, {@code REFILE}, {@code 3RD NET}, {@code EXTRA}: short, no lower case. */
    private static boolean isTakeKey(String line) {
      return line.length() <= 30
          && line.chars().anyMatch(Character::isLetter)
          && line.chars().noneMatch(Character::isLowerCase);
    }

    private static String trimMarkers(String line) {
      String t = line;
      if (t.startsWith("^")) {
        t = t.substring(1);
      }
      if (t.endsWith("=") || t.endsWith("<")) {
        t = t.substring(0, t.length() - 1);
      }
      return t.strip();
    }
  }

  /** Body paragraphs and tables, then the notebook and the sign-off. */
  private record BodyLines(Blocks blocks, String signOff) {

    /** Reads lines {@code [from, to)} of {@code lines}. */
    static BodyLines read(
        TextLines lines, int from, int to, String agency, Editorial.Builder editorial) {
      int end = to;
      while (end > from && lines.isBlank(end - 1)) {
        end--;
      }
      String signOff = null;
      String last = end > from ? lines.line(end - 1).strip() : null;
      if (last != null && isSignOff(last, agency)) {
        signOff = last;
        end--;
      }
      int notebook = end;
      for (int i = from; i < end; i++) {
        if (lines.strippedStartsWith(i, "# ")) {
          notebook = i;
          break;
        }
      }
      notes(lines.asList().subList(notebook, end), editorial);
      return new BodyLines(Iptc7901Parser.blocks(lines, from, notebook), signOff);
    }

    private static boolean isSignOff(String line, String agency) {
      if (line.isEmpty() || line.length() > MAX_SIGN_OFF_CHARS) {
        return false;
      }
      if (line.startsWith("(") && line.endsWith(")")) {
        return true;
      }
      if (line.chars().anyMatch(Character::isUpperCase)) {
        return false;
      }
      String[] words = SPACE_RUNS.split(line);
      return words.length >= 2
          && words.length <= MAX_SIGN_OFF_WORDS
          && isClosingLineAgency(words[0], agency);
    }

    /**
     * A closing line starts with the sending agency: the header's ({@code dpa}), the group it
     * belongs to ({@code dpa-tns} signs {@code dpa tca bag}), or dpa, which signs for its regional
     * services ({@code lni} copy closes {@code dpa koe yyno n1 sck}).
     */
    private static boolean isClosingLineAgency(String word, String agency) {
      return word.equals("dpa")
          || (agency != null && (word.equals(agency) || agency.startsWith(word + "-")));
    }

    /** Notes before a "not for publication" line are for editors; after it, private. */
    private static void notes(List<String> lines, Editorial.Builder editorial) {
      StringBuilder note = new StringBuilder();
      ParsedNote.Kind kind = ParsedNote.Kind.EDITORS_NOTE;
      for (String line : lines) {
        String stripped = line.strip();
        if (isPrivateMarker(stripped)) {
          editorial.note(kind, note.toString());
          note.setLength(0);
          kind = ParsedNote.Kind.NOT_FOR_PUBLICATION;
          continue;
        }
        if (stripped.isEmpty() || stripped.startsWith("* * *")) {
          continue;
        }
        note.append(note.length() == 0 ? "" : "\n").append(stripped);
      }
      editorial.note(kind, note.toString());
    }

    private static boolean isPrivateMarker(String line) {
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      return lower.contains("not for publication") || lower.contains("nicht zur veröffentlichung");
    }
  }

  /**
   * Body blocks, and for each the UTF-8 bytes of its text where it is a paragraph (null for a
   * table), for the fold of the content hash.
   */
  record Blocks(List<ParsedBlock> blocks, List<TextLines.Paragraph> utf8) {}

  /**
   * The paragraphs and tables of lines {@code [from, to)}: a blank line or one indented by three
   * spaces starts a paragraph, table rows are kept as sent. Judged on each line's bytes.
   */
  static Blocks blocks(TextLines lines, int from, int to) {
    List<ParsedBlock> blocks = new ArrayList<>();
    List<TextLines.Paragraph> utf8 = new ArrayList<>();
    int paragraph = -1; // the first line of the paragraph being read, or -1
    StringBuilder table = new StringBuilder();
    for (int i = from; i < to; i++) {
      Utf8Text stripped = lines.strippedBytes(i);
      if (isTableRow(stripped)) {
        paragraph = endParagraph(lines, paragraph, i, blocks, utf8);
        table.append(table.length() == 0 ? "" : "\n").append(lines.line(i).stripTrailing());
        continue;
      }
      if (table.length() > 0) {
        blocks.add(ParsedBlock.table(table.toString()));
        utf8.add(null);
        table.setLength(0);
      }
      boolean blank = stripped.isEmpty();
      if (blank || lines.startsWith(i, COLUMN_GAP)) {
        paragraph = endParagraph(lines, paragraph, i, blocks, utf8);
      }
      if (!blank && paragraph < 0) {
        paragraph = i;
      }
    }
    endParagraph(lines, paragraph, to, blocks, utf8);
    if (table.length() > 0) {
      blocks.add(ParsedBlock.table(table.toString()));
      utf8.add(null);
    }
    return new Blocks(blocks, utf8);
  }

  /** Adds the paragraph of lines {@code [first, end)} if there is one; gives -1, none begun. */
  private static int endParagraph(
      TextLines lines,
      int first,
      int end,
      List<ParsedBlock> blocks,
      List<TextLines.Paragraph> utf8) {
    if (first >= 0) {
      TextLines.Paragraph paragraph = lines.paragraph(first, end);
      blocks.add(ParsedBlock.paragraph(paragraph.text()));
      utf8.add(paragraph);
    }
    return -1;
  }

  /**
   * {@code |}-framed rows, and rows aligned in columns by runs of spaces: two runs of three or more
   * spaces, each followed by text. Every body line comes here, so the runs are found in the
   * stripped line's bytes (a space is one byte), eight at a time.
   */
  private static boolean isTableRow(Utf8Text stripped) {
    byte[] bytes = stripped.bytes();
    int start = stripped.from();
    int end = stripped.to();
    if (start < end && bytes[start] == '|') {
      return true;
    }
    int gaps = 0;
    for (int run = columnGap(bytes, start, end); run >= 0; ) {
      int after = run + COLUMN_GAP.length();
      while (after < end && bytes[after] == ' ') {
        after++;
      }
      if (after < end && ++gaps == 2) {
        return true;
      }
      run = columnGap(bytes, after, end);
    }
    return false;
  }

  /** Where the first run of three spaces in {@code bytes[from..end)} starts, or -1. */
  private static int columnGap(byte[] bytes, int from, int end) {
    // Prose has a space every few bytes, so a search for each space costs a call per word. As
    // Boyer-Moore-Horspool does: a byte that is not a space rules out every gap that holds it, so
    // most of the text is read one byte in three.
    int i = from;
    while (i + COLUMN_GAP.length() <= end) {
      if (bytes[i + 2] != ' ') {
        i += 3;
      } else if (bytes[i + 1] != ' ') {
        i += 2;
      } else if (bytes[i] != ' ') {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
