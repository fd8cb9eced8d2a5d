package io.wirefeed.parse.text;

import io.wirefeed.story.ParsedBlock;
import java.util.List;

/**
 * The body a parser last counted the words of on this thread, folded for its content hash on the
 * way: one pass over one Latin-1 copy of each block gives both. A story is hashed right after it is
 * parsed, on the same thread, so the hash finds its body here and folds only the headline; any
 * other body is folded again. Bodies are told apart by identity: a story's body is the immutable
 * list its parser counted (see {@link io.wirefeed.story.ParsedStory}, which keeps that list).
 */
public final class FoldedBody {

  private static final ThreadLocal<FoldedBody> LAST = ThreadLocal.withInitial(FoldedBody::new);

  private final AsciiFolder folder = new AsciiFolder();

  /** The body {@link #folder} holds, or null if it holds none (not foldable to ASCII). */
  private List<ParsedBlock> body;

  /**
   * A body a parser built from paragraphs whose UTF-8 bytes it still holds, and those paragraphs
   * (null where a block's text is not a paragraph's): folded from the bytes if it is counted next.
   */
  private List<ParsedBlock> offered;

  private List<TextLines.Paragraph> offeredUtf8;

  private FoldedBody() {}

  /**
   * Offers the UTF-8 bytes of the blocks' texts for their fold, if {@code blocks} is the next body
   * counted on this thread: {@code utf8.get(i)} holds exactly the text of block {@code i}, or is
   * null.
   */
  static void offerUtf8(List<ParsedBlock> blocks, List<TextLines.Paragraph> utf8) {
    FoldedBody last = LAST.get();
    last.offered = blocks;
    last.offeredUtf8 = utf8;
  }

  /** Runs of non-whitespace in the blocks' texts, as {@link WordCount} counts them. */
  static int wordCount(List<ParsedBlock> blocks) {
    FoldedBody last = LAST.get();
    last.body = null;
    boolean folded =
        last.offered == blocks
            ? last.folder.foldBody(blocks, last.offeredUtf8)
            : last.folder.foldBody(blocks);
    last.offered = null;
    last.offeredUtf8 = null;
    if (folded) {
      last.body = blocks;
      if (last.folder.wordsExact()) {
        return last.folder.words();
      }
    }
    int words = 0;
    for (ParsedBlock block : blocks) {
      words += WordCount.of(block.text());
    }
    return words;
  }

  /**
   * This very body folded ({@link AsciiFolder#foldBody}) if it was the last counted on this thread
   * and is ASCII once folded, else null. Valid until the next word count on this thread.
   */
  public static AsciiFolder lastFolded(List<ParsedBlock> body) {
    FoldedBody last = LAST.get();
    return last.body == body && body != null ? last.folder : null;
  }
}
