package io.wirefeed.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A story body read from paragraph groups: blocks in order, with the dateline taken out of the
 * first paragraph. Shared by the telex and plain-text parsers.
 */
record StoryBody(Dateline dateline, String agency, String source, List<Block> blocks) {

  /** Subheads are short; a longer dash-framed line is a paragraph. */
  private static final int MAX_SUBHEAD_CHARS = 100;

  StoryBody {
    blocks = List.copyOf(blocks);
  }

  static StoryBody of(List<List<String>> paragraphGroups) {
    List<Block> blocks = new ArrayList<>();
    Dateline dateline = null;
    String agency = null;
    String source = null;
    for (List<String> group : paragraphGroups) {
      String text = Paragraphs.unwrap(group);
      Optional<String> subhead = group.size() == 1 ? subheadText(text) : Optional.empty();
      if (subhead.isPresent()) {
        blocks.add(Block.subhead(subhead.get()));
        continue;
      }
      if (blocks.isEmpty() && dateline == null) {
        Optional<DatelineReader.Found> found = DatelineReader.read(text);
        if (found.isPresent()) {
          dateline = found.get().dateline();
          agency = found.get().agency();
          source = found.get().source();
          text = found.get().rest();
        }
      }
      if (!text.isEmpty()) {
        blocks.add(Block.paragraph(text));
      }
    }
    return new StoryBody(dateline, agency, source, blocks);
  }

  /**
   * A body from blocks a parser has already shaped (tables kept whole): the dateline is taken out
   * of the first paragraph if nothing but subheads precede it.
   */
  static StoryBody ofBlocks(List<Block> shaped) {
    return ofBlocks(shaped, false);
  }

  /** As {@link #ofBlocks(List)}, reading {@code Berlin (dpa) -} as a dateline if asked to. */
  static StoryBody ofBlocks(List<Block> shaped, boolean mixedCaseDatelinePlace) {
    List<Block> blocks = new ArrayList<>();
    Dateline dateline = null;
    String agency = null;
    String source = null;
    boolean proseSeen = false;
    for (Block block : shaped) {
      String text = block.text();
      if (block.kind() == Block.Kind.PARAGRAPH && !proseSeen) {
        proseSeen = true;
        Optional<DatelineReader.Found> found = DatelineReader.read(text, mixedCaseDatelinePlace);
        if (found.isPresent()) {
          dateline = found.get().dateline();
          agency = found.get().agency();
          source = found.get().source();
          text = found.get().rest();
        }
      } else if (block.kind() == Block.Kind.TABLE) {
        proseSeen = true;
      }
      if (!text.isBlank()) {
        blocks.add(new Block(block.kind(), text));
      }
    }
    return new StoryBody(dateline, agency, source, blocks);
  }

  int wordCount() {
    int words = 0;
    for (Block block : blocks) {
      words += WordCount.of(block.text());
    }
    return words;
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
