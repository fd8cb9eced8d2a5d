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
 *
 * <p>Each word is hashed once (MurmurHash3 x86 32-bit over its UTF-8 bytes), and each shingle from
 * its words' hashes (one MurmurHash3 32-bit hash of the packed word hashes), so a story's text is
 * hashed about once, not once per shingle it is part of. 32 bits per shingle are enough: two
 * different shingles of a 5,000-shingle story agree by chance with a probability of 0.3%, and a
 * chance agreement between two stories' shingles moves an estimate by far less than its error.
 */
public final class Shingles {

  /** MurmurHash3's seeds; fixed, since signatures are compared across runs and instances. */
  private static final int WORD_SEED = 0x5EED_0015;

  private static final int SHINGLE_SEED = 0x5EED_0016;

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

  /**
   * The words of the story's paragraphs, as {@link #words(String)} gives them for its text; valid
   * until the thread takes words again (the scanner reuses its buffers).
   */
  static Words words(ParsedStory story) {
    Words words = WordScanner.scan(story.body());
    return words != null ? words : words(linkableText(story));
  }

  /** The words of the canonical text, as bytes; valid until the thread takes words again. */
  static Words words(String text) {
    Words words = WordScanner.scan(text);
    return words != null ? words : Words.of(CanonicalText.canonicalize(text));
  }

  /**
   * One 32-bit hash per shingle of {@code shingleWords} words, in text order (repeats kept); empty
   * when the text has fewer words than that.
   */
  static int[] hashes(Words words, int shingleWords) {
    int count = words.count() - shingleWords + 1;
    if (count <= 0) {
      return new int[0];
    }
    int[] wordHashes = wordHashes(words);
    int[] hashes = new int[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = shingleHash(wordHashes, i, shingleWords);
    }
    return hashes;
  }

  /** One 32-bit hash per word, in text order: what {@link #shingleHash} is made of. */
  static int[] wordHashes(Words words) {
    return wordHashes(words, new int[words.count()]);
  }

  /** The word hashes into {@code wordHashes}, which has room for them. */
  static int[] wordHashes(Words words, int[] wordHashes) {
    byte[] bytes = words.bytes();
    for (int i = 0; i < words.count(); i++) {
      int from = words.start(i);
      wordHashes[i] = WordHash.of(bytes, from, words.end(i) - from, WORD_SEED);
    }
    return wordHashes;
  }

  /**
   * The hash of the shingle of {@code length} words from {@code from}: five word hashes per round,
   * four as the data of one 32-bit MurmurHash3 call and the fifth through its seed, each round
   * seeded by the one before.
   */
  static int shingleHash(int[] wordHashes, int from, int length) {
    int hash = SHINGLE_SEED;
    for (int round = 0; round < length; round += 5) {
      long first = pair(wordHashes, from, round, length);
      long second = pair(wordHashes, from, round + 2, length);
      int fifth = round + 4 < length ? wordHashes[from + round + 4] : 0;
      hash = MurmurHash3.hash32(first, second, hash ^ fifth);
    }
    return hash;
  }

  /**
   * The hashes of words {@code at} and {@code at + 1} of the shingle in one long; 0 past its end.
   */
  private static long pair(int[] wordHashes, int from, int at, int length) {
    long first = at < length ? wordHashes[from + at] : 0;
    long second = at + 1 < length ? wordHashes[from + at + 1] : 0;
    return (first << 32) | (second & 0xFFFF_FFFFL);
  }

  /**
   * The distinct shingle hashes, sorted, as unsigned 32-bit values: for the exact Jaccard that
   * {@code similar} shows.
   */
  public static long[] distinct(String text, int shingleWords) {
    int[] shingles = hashes(words(text), shingleWords);
    long[] hashes = new long[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      hashes[i] = shingles[i] & 0xFFFF_FFFFL;
    }
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
   * Words as UTF-8 bytes, each from its start to its end (what lies between two words is never
   * read); the bytes have at least {@link #PADDING} more after the last word, for {@link WordHash}.
   */
  record Words(byte[] bytes, int[] starts, int[] ends, int count) {

    static final int PADDING = WordHash.PADDING;

    int start(int word) {
      return starts[word];
    }

    int end(int word) {
      return ends[word];
    }

    static Words of(String canonical) {
      int length = canonical.length();
      byte[] bytes = new byte[length * 3 + PADDING];
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
          inWord = false;
          continue;
        }
        if (!inWord) {
          if (count > 0) {
            bytes[n++] = ' ';
          }
          starts[count++] = n;
          inWord = true;
        }
        n = putUtf8(bytes, n, c);
        ends[count - 1] = n;
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
