package io.wirefeed.normalize;

import io.wirefeed.parse.text.AsciiFolder;
import io.wirefeed.parse.text.Chars;
import io.wirefeed.parse.text.Typography;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The text a story's content hash is taken over: what a reader would call "the same story", with
 * transmission details and typography left out.
 *
 * <p>Only the headline and the body block texts count; story code, slug, dateline, sign-off and
 * times do not, so a re-send with a new code or time is the same story. The text is NFKC normalised
 * and case-folded with {@code toLowerCase(Locale.ROOT)} (simple folding: enough for wire copy, and
 * stable across JVM locales). Curly quotes fold to {@code '} and {@code "}, runs of dashes to one
 * {@code -} (so {@code --} and {@code —} agree), soft hyphens and zero-width characters are
 * dropped, and whitespace runs (including paragraph breaks) collapse to one space, so re-wrapping
 * or merging paragraphs does not change the text.
 */
public final class CanonicalText {

  private CanonicalText() {}

  public static String of(ParsedStory story) {
    AsciiFolder folder = new AsciiFolder();
    if (folder.fold(story)) {
      return new String(folder.bytes(), 0, folder.length(), StandardCharsets.US_ASCII);
    }
    return ofFullPath(story);
  }

  /** NFKC and Unicode lower-casing over the story's text, for stories that are not ASCII. */
  static String ofFullPath(ParsedStory story) {
    StringBuilder text = new StringBuilder();
    if (story.headline() != null) {
      text.append(story.headline());
    }
    for (ParsedBlock block : story.body()) {
      text.append(' ').append(block.text());
    }
    return canonicalize(text.toString());
  }

  /** The canonical form of any text; {@link #of(ParsedStory)} applies it to a story. */
  public static String canonicalize(String text) {
    // Most wire copy is ASCII once quotes and dashes are folded; then NFKC changes nothing and
    // lower-casing is ASCII's, so one pass gives the same text as the full path below.
    String ascii = fold(text, true);
    if (ascii != null) {
      return ascii;
    }
    // Fold before NFKC, which would turn ″ into two primes; fold again after, since NFKC can
    // produce foldable characters (fullwidth forms).
    String folded = fold(text, false);
    String normalized = Normalizer.normalize(folded, Normalizer.Form.NFKC);
    return fold(normalized.toLowerCase(Locale.ROOT), false);
  }

  /**
   * @param asciiOnly lower-case ASCII letters on the way, and give up (null) at the first character
   *     that would stay non-ASCII
   */
  private static String fold(String text, boolean asciiOnly) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Typography.isInvisible(c)) {
        continue;
      }
      if (Chars.isWhitespace(c) || (c >= 128 && Character.isSpaceChar(c))) {
        pendingSpace = out.length() > 0;
        continue;
      }
      char replacement = Typography.replacement(c);
      if (asciiOnly) {
        if (replacement >= 128) {
          return null;
        }
        if (replacement >= 'A' && replacement <= 'Z') {
          replacement = (char) (replacement + ('a' - 'A'));
        }
      }
      if (replacement == '-' && !pendingSpace && endsWith(out, '-')) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(replacement);
    }
    return out.toString();
  }

  private static boolean endsWith(StringBuilder text, char c) {
    return text.length() > 0 && text.charAt(text.length() - 1) == c;
  }
}
