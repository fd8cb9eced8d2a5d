package io.wirefeed.parse.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches of raw bytes that every message goes through, eight bytes at a time: a word with no byte
 * of interest is passed over in one test instead of eight.
 */
public final class ByteScan {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private ByteScan() {}

  /** The first index at or after {@code from} whose byte is NUL, or -1. */
  public static int indexOfNul(byte[] raw, int from) {
    int i = firstWordWithByteBelow(raw, from, 1);
    for (; i < raw.length; i++) {
      if (raw[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first index in {@code [from, limit)} whose byte is {@code b}, or -1 if there is none. */
  public static int indexOf(byte[] raw, byte b, int from, int limit) {
    long pattern = ONES * (b & 0xFF);
    int i = from;
    while (i + 8 <= limit) {
      long found = zeroLanes((long) LONGS.get(raw, i) ^ pattern);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3); // lanes are little-endian
      }
      i += 8;
    }
    for (; i < limit; i++) {
      if (raw[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The first index in {@code [from, limit)} whose byte is LF or CR, or {@code limit}. */
  static int indexOfLineEnd(byte[] raw, int from, int limit) {
    int i = from;
    while (i + 8 <= limit) {
      long x = (long) LONGS.get(raw, i);
      long found = zeroLanes(x ^ (ONES * '\n')) | zeroLanes(x ^ (ONES * '\r'));
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3); // lanes are little-endian
      }
      i += 8;
    }
    while (i < limit && raw[i] != '\n' && raw[i] != '\r') {
      i++;
    }
    return i;
  }

  /**
   * The first index in {@code [from, limit)} whose byte is a C0 control (below 0x20) or DEL (0x7F),
   * or {@code limit} if there is none.
   */
  static int indexOfControl(byte[] raw, int from, int limit) {
    long controls = ONES * 0x20;
    long deletes = ONES * 0x7F;
    int i = from;
    while (i + 8 <= limit) {
      long x = (long) LONGS.get(raw, i);
      long y = x ^ deletes; // a DEL byte becomes zero; bytes of 0x80 and up keep their high bit
      long belowSpace = (x - controls) & ~x;
      long delete = (y - ONES) & ~y;
      if (((belowSpace | delete) & HIGH_BITS) != 0) {
        break;
      }
      i += 8;
    }
    for (; i < limit; i++) {
      int b = raw[i] & 0xFF;
      if (b < 0x20 || b == 0x7F) {
        return i;
      }
    }
    return limit;
  }

  /**
   * The first index at or after {@code from} whose byte, unsigned, is at most {@code max}, or the
   * length of {@code raw} if there is none. {@code max} is below 0x80.
   */
  public static int indexOfByteAtMost(byte[] raw, int from, int max) {
    int i = firstWordWithByteBelow(raw, from, max + 1);
    for (; i < raw.length; i++) {
      if ((raw[i] & 0xFF) <= max) {
        return i;
      }
    }
    return raw.length;
  }

  /**
   * The first index at or after {@code from} whose byte is a C0 control (below 0x20) or DEL (0x7F),
   * or the length of {@code raw} if there is none.
   */
  static int indexOfControl(byte[] raw, int from) {
    return indexOfControl(raw, from, raw.length);
  }

  /**
   * The first index in {@code [from, limit)} whose byte is neither printable ASCII nor a tab or
   * line end (so a control other than those, DEL, or 0x80 and up), or {@code limit} if there is
   * none. Line ends are passed over with the prose: stopping at each cost a call per line.
   */
  public static int indexOfNonText(byte[] raw, int from, int limit) {
    int i = from;
    while (i + 8 <= limit) {
      long x = (long) LONGS.get(raw, i);
      // Most words are printable ASCII: one quick test (below 0x20, 0x7F and up) passes them.
      if ((((x - ONES * 0x20) | (x + ONES) | x) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      long layout = zeroLanes(x ^ (ONES * '\t')) | zeroLanes(x ^ (ONES * '\n'));
      layout |= zeroLanes(x ^ (ONES * '\r'));
      long nonText = (below(x, 0x20) & ~layout) | zeroLanes(x ^ (ONES * 0x7F)) | x;
      if ((nonText & HIGH_BITS) != 0) {
        break;
      }
      i += 8;
    }
    for (; i < limit; i++) {
      int b = raw[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b >= 0x7F) {
        return i;
      }
    }
    return limit;
  }

  /** The high bit of each lane set where the byte, unsigned, is below {@code k} (at most 0x80). */
  private static long below(long x, int k) {
    // With its high bit forced on, a lane cannot borrow from the next when k is subtracted, and
    // keeps its high bit if and only if the byte was at least k; bytes of 0x80 and up never count.
    long atLeast = (x | HIGH_BITS) - ONES * k;
    return ~atLeast & ~x & HIGH_BITS;
  }

  /** The high bit of each lane set where the byte is zero, exactly (no borrow between lanes). */
  private static long zeroLanes(long x) {
    long lowSevenBits = ~HIGH_BITS;
    return ~(((x & lowSevenBits) + lowSevenBits) | x | lowSevenBits);
  }

  /**
   * Skips whole eight-byte words from {@code from} in which no byte, unsigned, is below {@code
   * bound} (1 to 0x80), and gives where the byte-by-byte search must go on.
   */
  private static int firstWordWithByteBelow(byte[] raw, int from, int bound) {
    // The classic test: (x - bound in each byte) & ~x & high bits is non-zero exactly when some
    // byte of x is below bound; bytes of 0x80 and up never count, their high bit being set in x.
    long bounds = ONES * bound;
    int i = from;
    while (i + 8 <= raw.length) {
      long x = (long) LONGS.get(raw, i);
      if (((x - bounds) & ~x & HIGH_BITS) != 0) {
        break;
      }
      i += 8;
    }
    return i;
  }
}
