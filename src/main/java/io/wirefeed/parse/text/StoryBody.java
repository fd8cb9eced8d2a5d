package io.wirefeed.parse.text;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A story body read from paragraph groups: blocks in order, with the dateline taken out of the
 * first paragraph. Shared by the telex and plain-text parsers.
 */
public record StoryBody(
    ParsedDateline dateline, String agency, String source, List<ParsedBlock> blocks) {

  /** Subheads are short; a longer dash-framed line is a paragraph. */
  private static final int MAX_SUBHEAD_CHARS = 100;

  public StoryBody {
    blocks = List.copyOf(blocks);
  }

  /** A body from paragraphs unwrapped from their lines ({@link TextLines}). */
  public static StoryBody of(List<TextLines.Paragraph> paragraphs) {
    List<ParsedBlock> blocks = new ArrayList<>();
    // Each block's text as UTF-8 bytes where it is a whole paragraph, for the fold (FoldedBody).
    List<TextLines.Paragraph> utf8 = new ArrayList<>();
    ParsedDateline dateline = null;
    String agency = null;
    String source = null;
    for (TextLines.Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      Optional<String> subhead = paragraph.oneLine() ? subheadText(text) : Optional.empty();
      if (subhead.isPresent()) {
        blocks.add(ParsedBlock.subhead(subhead.get()));
        utf8.add(null);
        continue;
      }
      TextLines.Paragraph bytes = paragraph;
      if (blocks.isEmpty() && dateline == null) {
        Optional<DatelineReader.Found> found = DatelineReader.read(text);
        if (found.isPresent()) {
          dateline = found.get().dateline();
          agency = found.get().agency();
          source = found.get().source();
          text = found.get().rest();
          bytes = null;
        }
      }
      if (!text.isEmpty()) {
        blocks.add(ParsedBlock.paragraph(text));
        utf8.add(bytes);
      }
    }
    StoryBody body = new StoryBody(dateline, agency, source, blocks);
    FoldedBody.offerUtf8(body.blocks(), utf8);
    return body;
  }

  /**
   * A body from blocks a parser has already shaped (tables kept whole): the dateline is taken out
   * of the first paragraph if nothing but subheads precede it.
   */
  public static StoryBody ofBlocks(List<ParsedBlock> shaped) {
    return ofBlocks(shaped, false);
  }

  /**
   * As {@link #ofBlocks(List)}, reading {@code Berlin (dpa) -} as a dateline if asked to. A
   * dateline with an agency credit is also found in the second paragraph, after a teaser (dpa) or a
   * one-line summary (AP): there the credit is what tells a dateline from prose.
   */
  public static StoryBody ofBlocks(List<ParsedBlock> shaped, boolean mixedCaseDatelinePlace) {
    return ofBlocks(shaped, null, mixedCaseDatelinePlace);
  }

  /**
   * As {@link #ofBlocks(List, boolean)}, with the UTF-8 bytes of the shaped blocks' texts where a
   * parser holds them ({@code utf8.get(i)} exactly the text of {@code shaped.get(i)}, or null), for
   * the fold of each block the dateline leaves whole ({@link FoldedBody}).
   */
  public static StoryBody ofBlocks(
      List<ParsedBlock> shaped, List<TextLines.Paragraph> utf8, boolean mixedCaseDatelinePlace) {
    List<ParsedBlock> blocks = new ArrayList<>();
    List<TextLines.Paragraph> keptUtf8 = utf8 == null ? null : new ArrayList<>();
    ParsedDateline dateline = null;
    String agency = null;
    String source = null;
    int prose = 0;
    for (int i = 0; i < shaped.size(); i++) {
      ParsedBlock block = shaped.get(i);
      String text = block.text();
      TextLines.Paragraph bytes = utf8 == null ? null : utf8.get(i);
      if (block.kind() == ParsedBlock.Kind.PARAGRAPH && prose < 2 && dateline == null) {
        prose++;
        Optional<DatelineReader.Found> found =
            DatelineReader.read(text, mixedCaseDatelinePlace)
                .filter(f -> blocks.isEmpty() || f.agency() != null);
        if (found.isPresent()) {
          dateline = found.get().dateline();
          agency = found.get().agency();
          source = found.get().source();
          text = found.get().rest();
          bytes = null;
        }
      } else if (block.kind() == ParsedBlock.Kind.TABLE) {
        prose = 2;
      }
      if (!text.isBlank()) {
        blocks.add(new ParsedBlock(block.kind(), text));
        if (keptUtf8 != null) {
          keptUtf8.add(bytes);
        }
      }
    }
    StoryBody body = new StoryBody(dateline, agency, source, blocks);
    if (keptUtf8 != null) {
      FoldedBody.offerUtf8(body.blocks(), keptUtf8);
    }
    return body;
  }

  /**
   * A body whose document declares its dateline in an element of its own (NITF {@code dateline},
   * NewsML-G2 {@code dateline}): the same dateline written again at the start of the first
   * paragraph is taken out of the body. It is the same if it names the declared place or starts
   * with the declared text.
   */
  public static StoryBody withDeclaredDateline(ParsedDateline declared, List<ParsedBlock> shaped) {
    StoryBody read = ofBlocks(shaped, true);
    ParsedDateline found = read.dateline();
    if (found == null || !sameDateline(declared, found)) {
      return new StoryBody(declared, null, null, shaped);
    }
    ParsedDateline merged =
        new ParsedDateline(
            declared.place() != null ? declared.place() : found.place(),
            declared.date() != null ? declared.date() : found.date(),
            declared.text());
    return new StoryBody(merged, read.agency(), read.source(), read.blocks());
  }

  private static boolean sameDateline(ParsedDateline declared, ParsedDateline found) {
    String place = declared.place();
    if (place != null && found.place() != null && place.equalsIgnoreCase(found.place())) {
      return true;
    }
    String text = declared.text().strip();
    return !text.isEmpty() && found.text().regionMatches(true, 0, text, 0, text.length())
        || !text.isEmpty() && text.regionMatches(true, 0, found.text(), 0, found.text().length());
  }

  /** Words in the blocks; folds them for the content hash on the way ({@link FoldedBody}). */
  public int wordCount() {
    return FoldedBody.wordCount(blocks);
  }

  /** {@code – Cold War ties –} gives {@code Cold War ties}. */
  private static Optional<String> subheadText(String line) {
    if (line.length() < 3
        || line.length() > MAX_SUBHEAD_CHARS
        || !isDash(line.charAt(0))
        || !isDash(line.charAt(line.length() - 1))) {
      return Optional.empty();
    }
    int start = 0;
    int end = line.length();
    while (start < end && (isDash(line.charAt(start)) || line.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (isDash(line.charAt(end - 1)) || line.charAt(end - 1) == ' ')) {
      end--;
    }
    return start < end ? Optional.of(line.substring(start, end)) : Optional.empty();
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }
}
