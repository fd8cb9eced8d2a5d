package io.wirefeed.parse.text;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of the content hash's canonical text ({@code normalize.CanonicalText}), for the
 * common story that is ASCII once its quotes and dashes are folded: folds straight into ASCII
 * bytes, ready to hash, in one pass with no string built, eight chars at a time where they are
 * plain ASCII. It gives up at the first character that would stay non-ASCII, and the caller takes
 * the full path (NFKC and Unicode lower-casing). On the way it counts the words ({@link
 * WordCount}'s runs of non-whitespace), so that a parser's word count and the hash share one pass
 * over the body ({@link FoldedBody}). Not thread-safe: one per thread.
 */
public final class AsciiFolder {

  /** What each ASCII character folds to: itself, its lower case, {@code '}, or a space. */
  private static final byte[] ASCII_FOLD = asciiFold();

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_SEVEN_BITS = ~HIGH_BITS;

  private byte[] out = new byte[8192];
  private int length;

  /** Where each block of the body last folded begins in {@link #out} (see {@link #blockStart}). */
  private int[] blockStarts = new int[64];

  private int blocks;

  /** Words begun so far: non-space bytes written right after a space (or first). */
  private int words;

  /**
   * Whether {@link #words} is {@link WordCount}'s count: false once a char was dropped (a soft
   * hyphen is a word char there) or folded to a space without being whitespace (a no-break space).
   */
  private boolean wordsExact;

  /**
   * The last byte written, a space before the first. Whitespace is written as a space at once, and
   * a space or dash right after the same byte is not kept, which collapses runs; a space left at
   * the very end is dropped. That gives what the full path's pending space gives, without a branch
   * per character on where the spaces fall.
   */
  private byte last;

  /** Folds the story's headline and blocks; false if the story needs the full path. */
  public boolean fold(ParsedStory story) {
    reset();
    if (story.headline() != null && !append(story.headline())) {
      return false;
    }
    for (ParsedBlock block : story.body()) {
      append(' '); // the space between headline and blocks
      if (!append(block.text())) {
        return false;
      }
    }
    if (length > 0 && out[length - 1] == ' ') {
      length--;
    }
    return true;
  }

  /**
   * Folds the blocks as {@link #fold(ParsedStory)} folds them after a headline, each after a space,
   * and leaves a space at the end if the text ends with one; false if they need the full path.
   */
  public boolean foldBody(List<ParsedBlock> body) {
    reset();
    for (ParsedBlock block : body) {
      startBlock();
      if (!append(block.text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #foldBody(List)}, folding each block whose UTF-8 bytes are given ({@code utf8[i]},
   * not null) from those bytes instead of its String.
   */
  boolean foldBody(List<ParsedBlock> body, List<TextLines.Paragraph> utf8) {
    reset();
    for (int i = 0; i < body.size(); i++) {
      startBlock();
      TextLines.Paragraph bytes = utf8.get(i);
      boolean folded =
          bytes != null
              ? appendUtf8(bytes.utf8(), bytes.from(), bytes.to())
              : append(body.get(i).text());
      if (!folded) {
        return false;
      }
    }
    return true;
  }

  /** The space before a block of the body, and where the block's own bytes begin. */
  private void startBlock() {
    append(' ');
    if (blocks == blockStarts.length) {
      blockStarts = Arrays.copyOf(blockStarts, blocks * 2);
    }
    blockStarts[blocks++] = length;
  }

  /**
   * After {@link #foldBody}, where block {@code block} of the body begins in {@link #bytes()}. From
   * there to {@link #blockEnd} are the words of the block's text canonicalized, since folding only
   * lower-cases, drops invisible characters and turns the rest into ASCII punctuation or space; the
   * bytes between blocks are spaces.
   */
  public int blockStart(int block) {
    return blockStarts[block];
  }

  /** After {@link #foldBody}, where block {@code block} ends: where the next begins, or the end. */
  public int blockEnd(int block) {
    return block + 1 < blocks ? blockStarts[block + 1] : length;
  }

  /** Starts again with nothing folded. */
  public void reset() {
    length = 0;
    blocks = 0;
    last = ' ';
    words = 0;
    wordsExact = true;
  }

  public byte[] bytes() {
    return out;
  }

  public int length() {
    return length;
  }

  /** The words of what was folded, as {@link WordCount} counts them, if {@link #wordsExact}. */
  int words() {
    return words;
  }

  boolean wordsExact() {
    return wordsExact;
  }

  /** Folds {@code text} after what is folded so far; false if it needs the full path. */
  public boolean append(String text) {
    // One byte per char, exact up to U+00FF and '?' above it (see foldEight).
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int n = bytes.length;
    if (out.length < length + n + 8) { // + 8: foldEight stores a whole word
      out = Arrays.copyOf(out, Math.max(length + n + 8, out.length * 2));
    }
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      if (!foldEight((long) LONGS.get(bytes, i)) && !appendChars(text, i, i + 8)) {
        return false;
      }
    }
    return appendChars(text, i, n);
  }

  /**
   * Folds the well-formed UTF-8 {@code text[from..to)} as {@link #append(String)} folds its String,
   * with no String read or copied: eight ASCII bytes at a time, the rest code point by code point.
   * False if it needs the full path, or is not well-formed after all.
   */
  boolean appendUtf8(byte[] text, int from, int to) {
    if (out.length < length + (to - from) + 8) { // a byte gives at most one folded byte
      out = Arrays.copyOf(out, Math.max(length + (to - from) + 8, out.length * 2));
    }
    int i = from;
    while (i < to) {
      if (i + 8 <= to && foldEight((long) LONGS.get(text, i), false)) {
        i += 8;
        continue;
      }
      int stop = Math.min(i + 8, to);
      while (i < stop) {
        int b = text[i];
        if (b >= 0) {
          appendFolded(ASCII_FOLD[b], (char) b);
          i++;
          continue;
        }
        int lead = b & 0xFF;
        int n = Utf8.sequenceLengthOfLead(lead);
        if (lead < 0xC2 || n > 3 || i + n > to) {
          return false; // past U+FFFF (a surrogate pair in the String: the full path) or broken
        }
        int replacement = foldNonAscii((char) Utf8.codePointAt(text, i));
        i += n;
        if (replacement == DROPPED) {
          wordsExact = false;
        } else if (replacement == GIVE_UP) {
          return false;
        } else {
          appendFolded((byte) replacement, (char) Utf8.codePointAt(text, i - n));
        }
      }
    }
    return true;
  }

  /** Writes one folded char, {@code c} folded, as {@link #appendChars} does. */
  private void appendFolded(byte folded, char c) {
    if (folded == ' ' && c >= 128 && !Character.isWhitespace(c)) {
      wordsExact = false;
    }
    out[length] = folded;
    length += folded == last && (folded == ' ' || folded == '-') ? 0 : 1;
    words += folded != ' ' && last == ' ' ? 1 : 0;
    last = folded;
  }

  /**
   * Folds eight chars at once, given as their ISO-8859-1 bytes, if they are the usual kind: ASCII
   * from the space up, other than {@code `} and {@code ?} (a {@code ?} may stand for a char above
   * U+00FF), with no space or dash repeating the one before it. Then folding is lower-casing and
   * nothing is dropped. False, with nothing written, for any other word; {@link #appendChars} takes
   * it char by char.
   */
  private boolean foldEight(long x) {
    return foldEight(x, true);
  }

  /**
   * As {@link #foldEight(long)}; {@code questionMarkUnusual} false for eight UTF-8 bytes, where a
   * {@code ?} is itself (a char above U+007F is bytes with their high bit).
   */
  private boolean foldEight(long x, boolean questionMarkUnusual) {
    if ((x & HIGH_BITS) != 0) {
      return false;
    }
    // Every byte is ASCII from here: no lane's sum or difference below reaches the next lane, so
    // the lane tests need none of the masking that bytes of 0x80 and up would.
    long unusual = asciiBelow(x, ' ') | asciiZeroLanes(x ^ (ONES * '`'));
    if (questionMarkUnusual) {
      unusual |= asciiZeroLanes(x ^ (ONES * '?'));
    }
    if (unusual != 0) {
      return false;
    }
    long high = x | HIGH_BITS;
    long upper = (high - ONES * 'A') & ~(high - ONES * ('Z' + 1)) & HIGH_BITS;
    long folded = x | (upper >>> 2); // 0x80 >>> 2 is 0x20, the case bit
    long previous = (folded << 8) | (last & 0xFF);
    long spaces = asciiZeroLanes(folded ^ (ONES * ' '));
    long collapsing = spaces | asciiZeroLanes(folded ^ (ONES * '-'));
    if ((asciiZeroLanes(folded ^ previous) & collapsing) != 0) {
      return false;
    }
    // A space before each lane: the lane before's, or for the first lane the last byte written.
    long spaceBefore = (spaces << 8) | (last == ' ' ? 0x80 : 0);
    words += Long.bitCount(~spaces & spaceBefore);
    LONGS.set(out, length, folded);
    length += 8;
    last = (byte) (folded >>> 56);
    return true;
  }

  /**
   * The high bit of each byte lane of {@code x}, whose bytes are all ASCII, set where the byte is
   * below {@code k}: with its high bit forced on, a lane cannot borrow from the next when k is
   * subtracted, and keeps its high bit if and only if the byte was at least k.
   */
  private static long asciiBelow(long x, int k) {
    return ~((x | HIGH_BITS) - ONES * k) & HIGH_BITS;
  }

  /**
   * The high bit of each byte lane of {@code x}, whose bytes are all ASCII, set where the byte is
   * zero: 0x7F added to a lane carries into its high bit for any other byte, and into no other
   * lane.
   */
  private static long asciiZeroLanes(long x) {
    return ~((x + LOW_SEVEN_BITS) | x) & HIGH_BITS;
  }

  /** Folds {@code text[from..to)} char by char; false at a char that needs the full path. */
  private boolean appendChars(String text, int from, int to) {
    byte[] out = this.out;
    int length = this.length;
    byte last = this.last;
    int words = this.words;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      byte folded;
      if (c < 128) {
        folded = ASCII_FOLD[c];
      } else {
        int replacement = foldNonAscii(c);
        if (replacement == DROPPED) {
          wordsExact = false;
          continue;
        }
        if (replacement == GIVE_UP) {
          return false;
        }
        folded = (byte) replacement;
        if (folded == ' ' && !Character.isWhitespace(c)) {
          wordsExact = false;
        }
      }
      // Written always, kept unless it repeats a space or a dash.
      out[length] = folded;
      length += folded == last && (folded == ' ' || folded == '-') ? 0 : 1;
      words += folded != ' ' && last == ' ' ? 1 : 0;
      last = folded;
    }
    this.length = length;
    this.last = last;
    this.words = words;
    return true;
  }

  private void append(char space) {
    if (out.length == length) {
      out = Arrays.copyOf(out, out.length * 2);
    }
    if (last != space) {
      out[length++] = (byte) space;
      last = (byte) space;
    }
  }

  /** In {@link #foldNonAscii}: the character is invisible (soft hyphen, zero-width space). */
  private static final int DROPPED = -1;

  /** In {@link #foldNonAscii}: the character stays non-ASCII, so the text needs the full path. */
  private static final int GIVE_UP = -2;

  /** What a non-ASCII char folds to: an ASCII char (a space for whitespace), or the above. */
  private static int foldNonAscii(char c) {
    // Quotes and dashes first, the usual non-ASCII chars of wire copy: none is whitespace or
    // invisible, so the Unicode tables are looked up only for the rest.
    char replacement = Typography.replacement(c);
    if (replacement < 128) {
      return replacement;
    }
    if (Typography.isInvisible(c)) {
      return DROPPED;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : GIVE_UP;
  }

  private static byte[] asciiFold() {
    byte[] fold = new byte[128];
    for (char c = 0; c < 128; c++) {
      if (Chars.isWhitespace(c)) {
        fold[c] = ' ';
      } else if (c >= 'A' && c <= 'Z') {
        fold[c] = (byte) (c + ('a' - 'A'));
      } else {
        fold[c] = (byte) Typography.replacement(c); // '`' to '\''
      }
    }
    return fold;
  }
}
