package io.wirefeed.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads telex wire messages: optional preamble, a {@code ZCZC} start line, story code, slug and
 * headline lines, a body of hard-wrapped paragraphs separated by blank lines, a sign-off line such
 * as {@code BSS/AFP/GMR/0826 hrs}, and an optional {@code NNNN} end line after which anything is
 * ignored.
 *
 * <p>The headline is one line; header lines may or may not be separated by blank lines.
 */
public final class ZczcTelexParser implements WireParser {

  /** {@code ZCZC} must appear this early; a later one is prose, not a telex start. */
  private static final int MAX_PREAMBLE_LINES = 40;

  /** Header and sign-off patterns only ever see lines up to this length. */
  private static final int MAX_HEADER_LINE_CHARS = 120;

  private static final Pattern STORY_CODE = Pattern.compile("[A-Z]{1,6}[- ]?\\d{1,6}[A-Z]?");
  private static final Pattern SLUG = Pattern.compile("[A-Z0-9]{1,30}(?:[-_.][A-Z0-9]{1,30}){0,8}");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "[A-Z][A-Z0-9]{0,9}(?:/[A-Z][A-Z0-9]{0,9}){0,6}/\\d{2}:?\\d{2}(?: ?(?:hrs|HRS|GMT))?");

  @Override
  public WireFormat format() {
    return WireFormat.ZCZC;
  }

  @Override
  public boolean accepts(DecodedText text) {
    return startLineIndex(Lines.of(text.text())) >= 0;
  }

  @Override
  public ParseResult parse(DecodedText text) {
    List<String> lines = Lines.of(text.text());
    int start = startLineIndex(lines);
    if (start < 0) {
      return ParseResult.failed("not a ZCZC telex message: no ZCZC line in the first lines");
    }
    int end = endLineIndex(lines, start);
    int next = nextNonBlank(lines, start + 1, end);

    String storyCode = null;
    if (next < end && matchesShortLine(STORY_CODE, lines.get(next))) {
      storyCode = lines.get(next).strip();
      next = nextNonBlank(lines, next + 1, end);
    }
    String slug = null;
    if (next < end && matchesShortLine(SLUG, lines.get(next))) {
      slug = lines.get(next).strip();
      next = nextNonBlank(lines, next + 1, end);
    }
    String headline = null;
    if (next < end && DatelineReader.read(lines.get(next).strip()).isEmpty()) {
      headline = lines.get(next).strip();
      next++;
    }

    int lastText = previousNonBlank(lines, end - 1, next);
    String signOff = null;
    if (lastText >= next && matchesShortLine(SIGN_OFF, lines.get(lastText))) {
      signOff = lines.get(lastText).strip();
      end = lastText;
    }

    StoryBody body = StoryBody.of(Paragraphs.separatedByBlankLines(lines.subList(next, end)));
    if (body.blocks().isEmpty()) {
      return ParseResult.failed("ZCZC telex message has no body");
    }
    return ParseResult.parsed(
        new ParsedStory(
            WireFormat.ZCZC,
            body.agency(),
            body.source(),
            storyCode,
            slug,
            headline,
            null,
            body.dateline(),
            body.blocks(),
            signOff,
            body.wordCount(),
            text.charset()));
  }

  private static int startLineIndex(List<String> lines) {
    int limit = Math.min(lines.size(), MAX_PREAMBLE_LINES);
    for (int i = 0; i < limit; i++) {
      if (isStartLine(lines.get(i).strip())) {
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
  private static int endLineIndex(List<String> lines, int start) {
    for (int i = start + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("NNNN")) {
        return i;
      }
    }
    return lines.size();
  }

  private static int nextNonBlank(List<String> lines, int from, int end) {
    int i = from;
    while (i < end && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  private static int previousNonBlank(List<String> lines, int from, int floor) {
    int i = from;
    while (i >= floor && lines.get(i).isBlank()) {
      i--;
    }
    return i;
  }

  private static boolean matchesShortLine(Pattern pattern, String line) {
    String stripped = line.strip();
    return stripped.length() <= MAX_HEADER_LINE_CHARS && pattern.matcher(stripped).matches();
  }
}
