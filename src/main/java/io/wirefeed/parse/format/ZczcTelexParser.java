package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.DatelineReader;
import io.wirefeed.parse.text.StatusWords;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.text.TextLines;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.StoryKeys;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads telex wire messages: optional preamble, a {@code ZCZC} start line, story code, slug and
 * headline lines, a body of hard-wrapped paragraphs separated by blank lines, a sign-off line such
 * as {@code BSS/AFP/GMR/0826 hrs}, and an optional {@code NNNN} end line after which anything is
 * ignored.
 *
 * <p>Header lines may or may not be separated by blank lines; where they are, the headline is the
 * whole block up to the next blank line (a re-send may wrap it over several lines).
 */
final class ZczcTelexParser implements WireParser {

  /** {@code ZCZC} must appear this early; a later one is prose, not a telex start. */
  private static final int MAX_PREAMBLE_LINES = 40;

  /** Header and sign-off patterns only ever see lines up to this length. */
  private static final int MAX_HEADER_LINE_CHARS = 120;

  /** A headline re-wrapped at 40 columns takes at most this many lines. */
  private static final int MAX_HEADLINE_LINES = 4;

  /** A headline block longer than this is body text, not a wrapped headline. */
  private static final int MAX_HEADLINE_CHARS = 200;

  private static final Pattern STORY_CODE = Pattern.compile("[A-Z]{1,6}[- ]?\\d{1,6}[A-Z]?");
  private static final Pattern SLUG = Pattern.compile("[A-Z0-9]{1,30}(?:[-_.][A-Z0-9]{1,30}){0,8}");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "[A-Z][A-Z0-9]{0,9}(?:/[A-Z][A-Z0-9]{0,9}){0,6}/\\d{2}:?\\d{2}(?: ?(?:hrs|HRS|GMT))?");

  @Override
  public ParsedFormat format() {
    return ParsedFormat.ZCZC;
  }

  @Override
  public boolean accepts(DecodedText text) {
    // All the lines, though only the first few are looked at: a message this parser does not
    // accept is nearly always plain text, whose parser reads the same lines next.
    return startLineIndex(text.lines()) >= 0;
  }

  @Override
  public ParseResult parse(DecodedText text) {
    TextLines lines = text.lines();
    int start = startLineIndex(lines);
    if (start < 0) {
      return ParseResult.failed("not a ZCZC telex message: no ZCZC line in the first lines");
    }
    int end = endLineIndex(lines, start);
    int next = nextNonBlank(lines, start + 1, end);

    Optional<ZczcCodedHeader> coded = ZczcHeaderCodes.read(lines.asList(), next, end);
    if (coded.isPresent()) {
      return parseCoded(lines.line(start).strip(), coded.get(), lines, end, text.charset());
    }
    String storyCode = null;
    if (next < end && matchesShortLine(STORY_CODE, lines.line(next))) {
      storyCode = lines.line(next).strip();
      next = nextNonBlank(lines, next + 1, end);
    }
    String slug = null;
    if (next < end && matchesShortLine(SLUG, lines.line(next))) {
      slug = lines.line(next).strip();
      next = nextNonBlank(lines, next + 1, end);
    }
    String headline = null;
    if (next < end && DatelineReader.read(lines.line(next).strip()).isEmpty()) {
      int headlineEnd = headlineBlockEnd(lines, next, end);
      headline = lines.unwrapped(next, headlineEnd);
      next = headlineEnd;
    }

    int lastText = previousNonBlank(lines, end - 1, next);
    String signOff = null;
    if (lastText >= next && matchesShortLine(SIGN_OFF, lines.line(lastText))) {
      signOff = lines.line(lastText).strip();
      end = lastText;
    }

    StoryBody body = StoryBody.of(lines.separatedByBlankLines(next, end));
    if (body.blocks().isEmpty()) {
      return ParseResult.failed("ZCZC telex message has no body");
    }
    return ParseResult.parsed(
        StoryAssembly.story(ParsedFormat.ZCZC, body, text.charset())
            .storyCode(storyCode)
            .slug(slug)
            .headline(headline)
            .signOff(signOff)
            .build());
  }

  /**
   * Where the headline that starts at {@code first} ends. A re-send re-wrapped at a narrower width
   * splits the headline over lines; where the header lines are set apart by blank lines, the whole
   * block up to the next blank line or dateline is the headline, so that a re-wrap changes neither
   * the headline, the dateline nor the content hash. A header without blank lines gives its
   * headline one line: there the body follows at once.
   */
  private static int headlineBlockEnd(TextLines lines, int first, int end) {
    boolean spacedHeader = first > 0 && lines.isBlank(first - 1);
    if (!spacedHeader) {
      return first + 1;
    }
    int i = first + 1;
    int chars = lines.line(first).strip().length();
    while (i < end && !lines.isBlank(i)) {
      String line = lines.line(i).strip();
      if (!DatelineReader.read(line).isEmpty()) {
        return i; // the body follows without a blank line, from its dateline
      }
      chars += line.length() + 1;
      if (i - first >= MAX_HEADLINE_LINES || chars > MAX_HEADLINE_CHARS) {
        return first + 1; // not a wrapped headline: the body follows without a blank line
      }
      i++;
    }
    return i;
  }

  /** AAP layout: the code lines have said what the story is; the rest is text or a table. */
  private static ParseResult parseCoded(
      String startLine, ZczcCodedHeader header, TextLines lines, int end, String charset) {
    int bodyStart = nextNonBlank(lines, header.bodyStart(), end);
    int lastText = previousNonBlank(lines, end - 1, bodyStart);
    String signOff = null;
    if (lastText >= bodyStart && matchesShortLine(SIGN_OFF, lines.line(lastText))) {
      signOff = lines.line(lastText).strip();
      end = lastText;
    }
    int bodyEnd = Math.max(bodyStart, end);
    String set = header.tabular() ? asSet(lines.asList().subList(bodyStart, bodyEnd)) : "";
    StoryBody body =
        !set.isEmpty()
            ? StoryBody.ofBlocks(List.of(ParsedBlock.table(set)))
            : StoryBody.of(lines.separatedByBlankLines(bodyStart, bodyEnd));
    if (body.blocks().isEmpty()) {
      return ParseResult.failed("ZCZC telex message has no body");
    }
    String agency = body.agency() != null ? body.agency() : senderOf(startLine);
    Editorial.Builder editorial =
        Editorial.builder()
            .version(header.version())
            .category(header.category())
            .service(header.service())
            .storyKey(
                StoryKeys.of(
                    agency, header.slug(), body.dateline() == null ? null : body.dateline().date()))
            .status(StatusWords.of(header.version()));
    header.keywords().forEach(editorial::keyword);
    header.subjects().forEach(editorial::subject);
    return ParseResult.parsed(
        StoryAssembly.story(ParsedFormat.ZCZC, body, charset)
            .agency(agency)
            .source(StoryAssembly.sourceOrAgency(body.source(), agency))
            .slug(header.slug())
            .headline(header.headline())
            .signOff(signOff)
            .editorial(editorial.build())
            .build());
  }

  /** Lines as set, trailing spaces and the blank lines around them dropped. */
  private static String asSet(List<String> lines) {
    StringBuilder table = new StringBuilder();
    for (String line : lines) {
      table.append(line.stripTrailing()).append('\n');
    }
    return table.toString().strip();
  }

  /** {@code ZCZC AAP}: the word after the marker names the sender when it is a plain name. */
  private static String senderOf(String startLine) {
    String rest = startLine.substring(4).strip();
    boolean name =
        !rest.isEmpty() && rest.length() <= 8 && rest.chars().allMatch(Character::isLetter);
    return name ? rest : null;
  }

  private static int startLineIndex(TextLines lines) {
    int limit = Math.min(lines.size(), MAX_PREAMBLE_LINES);
    for (int i = 0; i < limit; i++) {
      if (lines.strippedStartsWithIgnoringCase(i, "ZCZC") && isStartLine(lines.line(i).strip())) {
        return i;
      }
    }
    return -1;
  }

  /** {@code ZCZC}, also in lower case ({@code zczc}, AAP) and followed by a routing code. */
  private static boolean isStartLine(String line) {
    return line.regionMatches(true, 0, "ZCZC", 0, 4)
        && (line.length() == 4 || Character.isWhitespace(line.charAt(4)));
  }

  /** Index of the {@code NNNN} end line, or the number of lines when there is none. */
  private static int endLineIndex(TextLines lines, int start) {
    for (int i = start + 1; i < lines.size(); i++) {
      if (lines.strippedEquals(i, "NNNN")) {
        return i;
      }
    }
    return lines.size();
  }

  private static int nextNonBlank(TextLines lines, int from, int end) {
    int i = from;
    while (i < end && lines.isBlank(i)) {
      i++;
    }
    return i;
  }

  private static int previousNonBlank(TextLines lines, int from, int floor) {
    int i = from;
    while (i >= floor && lines.isBlank(i)) {
      i--;
    }
    return i;
  }

  private static boolean matchesShortLine(Pattern pattern, String line) {
    String stripped = line.strip();
    return stripped.length() <= MAX_HEADER_LINE_CHARS && pattern.matcher(stripped).matches();
  }
}
