package io.wirefeed.link;

import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.util.Arrays;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The word shingles of a story's linkable text, hashed to 64 bits.
 *
 * <p>Only paragraphs count: the headline, dateline, subheads and sign-off are what one feed keeps
 * and another drops, and tables (results, fields, prices) are where unrelated stories from one
 * template agree. The text is canonicalized exactly as for the content hash (NFKC, case, quotes,
 * dashes, whitespace), then cut into words at everything that is not a letter or digit, so that
 * punctuation a cleaner changed does not matter either.
 */
public final class Shingles {

  /** MurmurHash3's seed for shingles; fixed, since signatures are compared across runs. */
  private static final int SEED = 0x5EED_0015;

  private Shingles() {}

  /** The paragraphs of the story, joined by spaces, in reading order. */
  public static String linkableText(ParsedStory story) {
    StringBuilder text = new StringBuilder();
    for (ParsedBlock block : story.body()) {
      if (block.kind() == ParsedBlock.Kind.PARAGRAPH) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        text.append(block.text());
      }
    }
    return text.toString();
  }

  /** The words of the canonical text, one space between them, as bytes. */
  static Words words(String text) {
    return Words.of(CanonicalText.canonicalize(text));
  }

  /**
   * One hash per shingle of {@code shingleWords} words, in text order (repeats kept); empty when
   * the text has fewer words than that.
   */
  static long[] hashes(Words words, int shingleWords) {
    int count = words.count() - shingleWords + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] hashes = new long[count];
    byte[] bytes = words.bytes();
    for (int i = 0; i < count; i++) {
      int from = words.start(i);
      int to = words.end(i + shingleWords - 1);
      hashes[i] = MurmurHash3.hash128x64(bytes, from, to - from, SEED)[0];
    }
    return hashes;
  }

  /** The distinct shingle hashes, sorted: for the exact Jaccard that {@code similar} shows. */
  public static long[] distinct(String text, int shingleWords) {
    long[] hashes = hashes(words(text), shingleWords);
    Arrays.sort(hashes);
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[n++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, n);
  }

  /** The exact Jaccard similarity of two sorted sets of distinct hashes. */
  public static double jaccard(long[] a, long[] b) {
    int common = intersection(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** The exact share of the smaller set found in the larger. */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) intersection(a, b) / smaller;
  }

  private static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int order = Long.compare(a[i], b[j]);
      if (order == 0) {
        common++;
        i++;
        j++;
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /**
   * Words as UTF-8 bytes with one space between them, and where each starts and ends, so that a
   * shingle is one contiguous range to hash.
   */
  record Words(byte[] bytes, int[] starts, int[] ends, int count) {

    int start(int word) {
      return starts[word];
    }

    int end(int word) {
      return ends[word];
    }

    static Words of(String canonical) {
      int length = canonical.length();
      byte[] bytes = new byte[length * 3];
      int[] starts = new int[length / 2 + 1];
      int[] ends = new int[starts.length];
      int n = 0;
      int count = 0;
      boolean inWord = false;
      for (int i = 0; i < length; i++) {
        char c = canonical.charAt(i);
        boolean wordChar =
            c < 128
                ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                : Character.isLetterOrDigit(c);
        if (!wordChar) {
          if (inWord) {
            ends[count++] = n;
            inWord = false;
          }
          continue;
        }
        if (!inWord) {
          if (count > 0) {
            bytes[n++] = ' ';
          }
          starts[count] = n;
          inWord = true;
        }
        n = putUtf8(bytes, n, c);
      }
      if (inWord) {
        ends[count++] = n;
      }
      return new Words(bytes, starts, ends, count);
    }

    /** A char as UTF-8; a lone char of a surrogate pair is not a letter, so never comes here. */
    private static int putUtf8(byte[] bytes, int n, char c) {
      if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else if (c < 0x800) {
        bytes[n++] = (byte) (0xC0 | (c >>> 6));
        bytes[n++] = (byte) (0x80 | (c & 0x3F));
      } else {
        bytes[n++] = (byte) (0xE0 | (c >>> 12));
        bytes[n++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
        bytes[n++] = (byte) (0x80 | (c & 0x3F));
      }
      return n;
    }
  }
}
