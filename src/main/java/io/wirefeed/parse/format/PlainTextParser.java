package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.text.TextLines;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The fallback: text with no header. Each non-blank line is a paragraph; when blank lines separate
 * groups of lines, the text is hard-wrapped and each group is unwrapped into one paragraph.
 */
final class PlainTextParser implements WireParser {

  /** A press release's closing {@code SOURCE …} line is at most this long. */
  private static final int MAX_SIGN_OFF_CHARS = 120;

  @Override
  public ParsedFormat format() {
    return ParsedFormat.PLAIN_TEXT;
  }

  @Override
  public boolean accepts(DecodedText text) {
    return true;
  }

  @Override
  public ParseResult parse(DecodedText text) {
    TextLines lines = text.lines();
    PressReleaseHeader release = PressReleaseHeader.read(lines);
    if (release != null) {
      return pressRelease(
          release, lines.separatedByBlankLines(release.bodyStart(), lines.size()), text);
    }
    StoryBody body =
        StoryBody.of(
            lines.hasBlankLineBetweenText()
                ? lines.separatedByBlankLines(0, lines.size())
                : lines.onePerLine());
    if (body.blocks().isEmpty()) {
      return ParseResult.failed("plain-text message has no text");
    }
    return ParseResult.parsed(
        StoryAssembly.story(ParsedFormat.PLAIN_TEXT, body, text.charset()).build());
  }

  /** {@code SOURCE Example Corp.} or {@code Source: Example Corp.} closing a release. */
  private static boolean isSourceLine(String text) {
    return text.length() > 8
        && text.regionMatches(true, 0, "source", 0, 6)
        && (text.charAt(6) == ' ' || text.charAt(6) == ':');
  }

  /**
   * A press release: the header block gives source, release number and headline; the wire in the
   * dateline ({@code /PRNewswire-AsiaNet/}) is the agency; a first paragraph that repeats the
   * headline is dropped; a closing {@code SOURCE …} line is the sign-off. The release number is the
   * story code.
   */
  private static ParseResult pressRelease(
      PressReleaseHeader header, List<TextLines.Paragraph> paragraphs, DecodedText text) {
    StoryBody body = StoryBody.of(paragraphs);
    List<ParsedBlock> blocks = new ArrayList<>(body.blocks());
    if (!blocks.isEmpty()
        && header.headline() != null
        && blocks.get(0).text().equals(header.headline())) {
      blocks.remove(0);
    }
    String signOff = null;
    if (!blocks.isEmpty()) {
      String last = blocks.get(blocks.size() - 1).text();
      if (isSourceLine(last) && last.length() <= MAX_SIGN_OFF_CHARS) {
        signOff = last;
        blocks.remove(blocks.size() - 1);
      }
    }
    if (blocks.isEmpty() && header.headline() == null) {
      return ParseResult.failed("plain-text message has no text");
    }
    StoryBody kept = new StoryBody(body.dateline(), body.agency(), body.source(), blocks);
    return ParseResult.parsed(
        StoryAssembly.story(ParsedFormat.PLAIN_TEXT, kept, text.charset())
            .source(header.source() != null ? header.source() : body.source())
            .storyCode(header.releaseNumber())
            .headline(header.headline())
            .signOff(signOff)
            .build());
  }
}
