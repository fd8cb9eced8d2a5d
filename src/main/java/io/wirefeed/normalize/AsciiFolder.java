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

  /** In {@link #ASCII_FOLD}: the character is whitespace. */
  private static final byte WHITESPACE = -1;

  /**
   * What each ASCII character folds to: itself, its lower case, {@code '} or {@link #WHITESPACE}.
   */
  private static final byte[] ASCII_FOLD = asciiFold();

  private byte[] out = new byte[8192];
  private int length;
  private boolean pendingSpace;

  /** The text being folded, copied out of its String once: indexing a char[] is cheaper. */
  private char[] chars = new char[2048];

  /** Folds the story's headline and blocks; false if the story needs the full path. */
  boolean fold(ParsedStory story) {
    length = 0;
    pendingSpace = false;
    if (story.headline() != null && !append(story.headline())) {
      return false;
    }
    for (Block block : story.body()) {
      pendingSpace = length > 0; // the space between headline and blocks
      if (!append(block.text())) {
        return false;
      }
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
    // Each char gives at most one byte, and one pending space before it.
    if (out.length < length + 2 * n) {
      out = Arrays.copyOf(out, Math.max(length + 2 * n, out.length * 2));
    }
    char[] chars = this.chars;
    byte[] out = this.out;
    int length = this.length;
    boolean pendingSpace = this.pendingSpace;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      int folded;
      if (c < 128) {
        folded = ASCII_FOLD[c];
        if (folded == WHITESPACE) {
          pendingSpace = length > 0;
          continue;
        }
      } else {
        if (CanonicalText.isInvisible(c)) {
          continue;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          pendingSpace = length > 0;
          continue;
        }
        folded = CanonicalText.replacement(c);
        if (folded >= 128) {
          return false;
        }
      }
      if (folded == '-' && !pendingSpace && length > 0 && out[length - 1] == '-') {
        continue;
      }
      if (pendingSpace) {
        out[length++] = ' ';
        pendingSpace = false;
      }
      out[length++] = (byte) folded;
    }
    this.length = length;
    this.pendingSpace = pendingSpace;
    return true;
  }

  private static byte[] asciiFold() {
    byte[] fold = new byte[128];
    for (char c = 0; c < 128; c++) {
      if (Chars.isWhitespace(c)) {
        fold[c] = WHITESPACE;
      } else if (c >= 'A' && c <= 'Z') {
        fold[c] = (byte) (c + ('a' - 'A'));
      } else {
        fold[c] = (byte) CanonicalText.replacement(c); // '`' to '\''
      }
    }
    return fold;
  }
}
