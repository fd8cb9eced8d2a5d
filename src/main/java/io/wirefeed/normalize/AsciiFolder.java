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

  private byte[] out = new byte[8192];
  private int length;
  private boolean pendingSpace;

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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (Chars.isWhitespace(c)) {
          pendingSpace = length > 0;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        } else if (c == '`') {
          c = '\'';
        }
      } else {
        if (CanonicalText.isInvisible(c)) {
          continue;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          pendingSpace = length > 0;
          continue;
        }
        c = CanonicalText.replacement(c);
        if (c >= 128) {
          return false;
        }
      }
      if (c == '-' && !pendingSpace && length > 0 && out[length - 1] == '-') {
        continue;
      }
      if (pendingSpace) {
        put(' ');
        pendingSpace = false;
      }
      put(c);
    }
    return true;
  }

  private void put(char c) {
    if (length == out.length) {
      out = Arrays.copyOf(out, out.length * 2);
    }
    out[length++] = (byte) c;
  }
}
