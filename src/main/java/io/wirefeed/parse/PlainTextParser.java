package io.wirefeed.parse;

import java.util.List;

/**
 * The fallback: text with no header. Each non-blank line is a paragraph; when blank lines separate
 * groups of lines, the text is hard-wrapped and each group is unwrapped into one paragraph.
 */
public final class PlainTextParser implements WireParser {

  @Override
  public WireFormat format() {
    return WireFormat.PLAIN_TEXT;
  }

  @Override
  public boolean accepts(DecodedText text) {
    return true;
  }

  @Override
  public ParseResult parse(DecodedText text) {
    List<String> lines = Lines.of(text.text());
    List<List<String>> groups =
        Paragraphs.hasBlankLineBetweenText(lines)
            ? Paragraphs.separatedByBlankLines(lines)
            : Paragraphs.onePerLine(lines);
    StoryBody body = StoryBody.of(groups);
    if (body.blocks().isEmpty()) {
      return ParseResult.failed("plain-text message has no text");
    }
    return ParseResult.parsed(
        new ParsedStory(
            WireFormat.PLAIN_TEXT,
            body.agency(),
            body.source(),
            null,
            null,
            null,
            null,
            body.dateline(),
            body.blocks(),
            null,
            body.wordCount(),
            text.charset()));
  }
}
