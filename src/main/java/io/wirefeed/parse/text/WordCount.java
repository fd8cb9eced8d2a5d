package io.wirefeed.parse.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Words in a text, counted as runs of chars that are not {@link Character#isWhitespace}, eight
 * chars at a time. Every byte of every story is counted, and a char-by-char loop cost about as much
 * as the rest of body building.
 *
 * <p>The text is taken as ISO-8859-1 bytes: a vectorised copy in the JDK, exact for every char up
 * to U+00FF (none of U+0080 to U+00FF is whitespace), and {@code ?} for any char above. An eight-
 * byte word holding a {@code ?} is counted char by char from the text itself, so a char above
 * U+00FF (which may be whitespace, such as U+2003) is judged by its own value.
 */
final class WordCount {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_SEVEN_BITS = ~HIGH_BITS;
  private static final long QUESTION_MARKS = ONES * '?';
  private static final long SPACES = ONES * ' ';

  private WordCount() {}

  /** Runs of non-whitespace in {@code text}: the same as a char-by-char count. */
  static int of(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1); // one byte per char, see above
    int words = 0;
    // The high bit of the byte before the first is set: the text starts "after whitespace".
    long whitespaceBefore = 0x80;
    int i = 0;
    for (; i + 8 <= bytes.length; i += 8) {
      long x = (long) LONGS.get(bytes, i);
      long questionMarks = zeroLanes(x ^ QUESTION_MARKS);
      long whitespace;
      if ((below(x, 0x20) | questionMarks) == 0) {
        whitespace = zeroLanes(x ^ SPACES); // the usual word: its only whitespace is spaces
      } else if (questionMarks == 0) {
        whitespace = whitespace(x);
      } else {
        whitespace = whitespaceOfChars(text, i);
      }
      // A word starts at a non-whitespace byte whose previous byte (one lane lower) is whitespace.
      long previous = (whitespace << 8) | whitespaceBefore;
      words += Long.bitCount(~whitespace & previous & HIGH_BITS);
      whitespaceBefore = whitespace >>> 56;
    }
    int inWord = whitespaceBefore == 0 ? 1 : 0;
    for (; i < bytes.length; i++) {
      int wordChar = Chars.isWhitespace(text.charAt(i)) ? 0 : 1;
      words += wordChar & (inWord ^ 1);
      inWord = wordChar;
    }
    return words;
  }

  /**
   * The high bit of each byte lane of {@code x} set where the byte is whitespace: 0x09 to 0x0D or
   * 0x1C to 0x20, the whitespace of {@link Chars#isWhitespace} up to U+00FF.
   */
  static long whitespace(long x) {
    return (below(x, 0x0E) & ~below(x, 0x09)) | (below(x, 0x21) & ~below(x, 0x1C));
  }

  /** The high bit of each lane set where the byte, unsigned, is below {@code k} (at most 0x80). */
  private static long below(long x, int k) {
    // Each lane with its high bit forced on cannot borrow from the next when k is subtracted; its
    // high bit stays on if and only if the byte was at least k. Bytes of 0x80 and up never count.
    long atLeast = (x | HIGH_BITS) - ONES * k;
    return ~atLeast & ~x & HIGH_BITS;
  }

  /** The high bit of each lane set where the byte is zero. */
  private static long zeroLanes(long x) {
    // Exact (no false positives from borrows): a lane is zero iff adding 0x7F to its low seven
    // bits leaves the high bit clear and the byte had no high bit of its own.
    return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
  }

  /** As {@link #whitespace(long)}, for the eight chars of {@code text} from {@code from}. */
  private static long whitespaceOfChars(String text, int from) {
    long whitespace = 0;
    for (int lane = 0; lane < 8; lane++) {
      if (Chars.isWhitespace(text.charAt(from + lane))) {
        whitespace |= 0x80L << (8 * lane);
      }
    }
    return whitespace;
  }
}
