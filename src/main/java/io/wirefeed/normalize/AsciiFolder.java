package io.wirefeed.normalize;

import io.wirefeed.parse.Block;
import io.wirefeed.parse.Chars;
import io.wirefeed.parse.ParsedStory;
import java.util.Arrays;

/**
 * The fast path of {@link CanonicalText}, for the common story that is ASCII once its quotes and
 * dashes are folded: folds straight into ASCII bytes, ready to hash, in one pass with no string
 * built. It gives up at the first character that would stay non-ASCII, and the caller takes the
 * full path (NFKC and Unicode lower-casing). Not thread-safe: one per thread.
 */
final class AsciiFolder {

  /** What each ASCII character folds to: itself, its lower case, {@code '}, or a space. */
  private static final byte[] ASCII_FOLD = asciiFold();

  private byte[] out = new byte[8192];
  private int length;

  /**
   * The last byte written, a space before the first. Whitespace is written as a space at once, and
   * a space or dash right after the same byte is not kept, which collapses runs; a space left at
   * the very end is dropped. That gives what the full path's pending space gives, without a branch
   * per character on where the spaces fall.
   */
  private byte last;

  /** The text being folded, copied out of its String once: indexing a char[] is cheaper. */
  private char[] chars = new char[2048];

  /** Folds the story's headline and blocks; false if the story needs the full path. */
  boolean fold(ParsedStory story) {
    length = 0;
    last = ' ';
    if (story.headline() != null && !append(story.headline())) {
      return false;
    }
    for (Block block : story.body()) {
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

  byte[] bytes() {
    return out;
  }

  int length() {
    return length;
  }

  private boolean append(String text) {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    text.getChars(0, n, chars, 0);
    if (out.length < length + n + 1) {
      out = Arrays.copyOf(out, Math.max(length + n + 1, out.length * 2));
    }
    char[] chars = this.chars;
    byte[] out = this.out;
    int length = this.length;
    byte last = this.last;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      byte folded;
      if (c < 128) {
        folded = ASCII_FOLD[c];
      } else {
        int replacement = foldNonAscii(c);
        if (replacement == DROPPED) {
          continue;
        }
        if (replacement == GIVE_UP) {
          return false;
        }
        folded = (byte) replacement;
      }
      // Written always, kept unless it repeats a space or a dash.
      out[length] = folded;
      length += folded == last && (folded == ' ' || folded == '-') ? 0 : 1;
      last = folded;
    }
    this.length = length;
    this.last = last;
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
    if (CanonicalText.isInvisible(c)) {
      return DROPPED;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    char replacement = CanonicalText.replacement(c);
    return replacement < 128 ? replacement : GIVE_UP;
  }

  private static byte[] asciiFold() {
    byte[] fold = new byte[128];
    for (char c = 0; c < 128; c++) {
      if (Chars.isWhitespace(c)) {
        fold[c] = ' ';
      } else if (c >= 'A' && c <= 'Z') {
        fold[c] = (byte) (c + ('a' - 'A'));
      } else {
        fold[c] = (byte) CanonicalText.replacement(c); // '`' to '\''
      }
    }
    return fold;
  }
}
