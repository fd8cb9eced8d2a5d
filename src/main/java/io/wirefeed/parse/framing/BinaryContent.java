package io.wirefeed.parse.framing;

import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.parse.text.ControlChars;
import io.wirefeed.parse.text.Utf8;

/**
 * Tells wire text from what is not text at all: compressed archives and binary noise. Wire text
 * carries a few control bytes (framing, typesetting codes) and, in legacy charsets, a few 8-bit
 * bytes; noise is mostly both. A record of junk is one reject with one reason, instead of being
 * framed at every control byte that happens to look like a frame mark.
 *
 * <p>Only the first {@link #SCAN_BYTES} bytes are looked at, so the check is bounded.
 */
public final class BinaryContent {

  /** How much of a record or message the junk share is measured over. */
  static final int SCAN_BYTES = 65_536;

  /**
   * At or above this share of junk bytes a message is not text. Random bytes give about 60%; the
   * most control-heavy real wire file (ANPA agate with RS/US column marks) about 7%, latin-1 prose
   * about 2%.
   */
  private static final int JUNK_PERCENT_LIMIT = 25;

  /**
   * Shorter input is too small for a share to say much; the decoder and the parsers judge it with
   * their own, more precise reasons.
   */
  private static final int MIN_JUDGED_BYTES = 64;

  private BinaryContent() {}

  /**
   * What one pass over a record found: why it is not wire text (null if it may be), and, if the
   * pass read the whole record, whether it holds no NUL and whether it is well-formed UTF-8 ({@link
   * Utf8#isWellFormed}); false where the pass did not read it all. A message cut out of the record
   * at a frame mark (ASCII) is NUL-free and well-formed if the record is: the parser need not scan
   * it again.
   */
  public record RecordScan(String rejectReason, boolean nulFree, boolean wellFormedUtf8) {}

  /** Why {@code raw} as a whole is not wire text, or null if it may be. */
  public static String recordRejectReason(byte[] raw) {
    return scanRecord(raw).rejectReason();
  }

  /** Scans a whole record: see {@link RecordScan}. */
  public static RecordScan scanRecord(byte[] raw) {
    String compression = compression(raw);
    if (compression != null) {
      return new RecordScan(
          "compressed input (" + compression + "): decompress first", false, false);
    }
    return scan(raw, 0);
  }

  /**
   * Why {@code raw} is binary noise rather than text, or null if it may be text; {@code
   * recordOffset} is where {@code raw} starts in its record, for the offsets in the reason.
   */
  public static String junkReason(byte[] raw, int recordOffset) {
    return scan(raw, recordOffset).rejectReason();
  }

  private static RecordScan scan(byte[] raw, int recordOffset) {
    int scanned = Math.min(raw.length, SCAN_BYTES);
    if (scanned < MIN_JUDGED_BYTES) {
      return new RecordScan(null, false, false);
    }
    int junk = 0;
    boolean nul = false;
    boolean wellFormed = true;
    int i = 0;
    while ((i = ByteScan.indexOfNonText(raw, i, scanned)) < scanned) {
      int b = raw[i] & 0xFF;
      if (b < 0x80) {
        if (isJunkControl(b)) {
          junk++;
          nul |= b == 0;
        }
        i++;
        continue;
      }
      int length = utf8SequenceLength(raw, i, scanned);
      if (length == 0) {
        junk++; // an 8-bit byte outside any UTF-8 sequence: fine in latin-1 prose, if it is rare
        wellFormed = false;
        i++;
      } else {
        if (isReplacementCharacter(raw, i)) {
          junk += length; // text already damaged upstream
        }
        // This loose length also takes overlong forms, surrogates and code points past U+10FFFF.
        wellFormed &= Utf8.wellFormedSequenceLength(raw, i, scanned) == length;
        i += length;
      }
    }
    if (junk * 100L < (long) JUNK_PERCENT_LIMIT * scanned) {
      boolean whole = scanned == raw.length;
      return new RecordScan(null, whole && !nul, whole && wellFormed);
    }
    return new RecordScan(junkMessage(raw, recordOffset, junk, scanned), false, false);
  }

  private static String junkMessage(byte[] raw, int recordOffset, int junk, int scanned) {
    int nul = ByteScan.indexOfNul(raw, 0);
    if (nul >= 0) {
      return "binary content: NUL byte at offset " + (recordOffset + nul);
    }
    return String.format(
        "binary content: %d%% of the first %d bytes are control codes or stray 8-bit bytes,"
            + " not text",
        junk * 100L / scanned, scanned);
  }

  /** The name of the compression format {@code raw} starts with, or null. */
  static String compression(byte[] raw) {
    if (startsWith(raw, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(raw, 'P', 'K', 0x03, 0x04)
        || startsWith(raw, 'P', 'K', 0x05, 0x06)
        || startsWith(raw, 'P', 'K', 0x07, 0x08)) {
      return "zip";
    }
    if (startsWith(raw, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
      return "xz";
    }
    if (startsWith(raw, 0x28, 0xB5, 0x2F, 0xFD)) {
      return "zstd";
    }
    if (startsWith(raw, 'B', 'Z', 'h')
        && raw.length >= 10
        && raw[3] >= '1'
        && raw[3] <= '9'
        && raw[4] == 0x31
        && raw[5] == 0x41
        && raw[6] == 0x59) {
      return "bzip2";
    }
    return null;
  }

  /**
   * C0 controls other than the line and tab characters and the frame marks wire formats are built
   * on (SOH, STX, ETX, EOT, SYN); typesetting codes (BS, DLE, DC1-DC4, RS, US) count, since real
   * files carry them only sparsely.
   */
  private static boolean isJunkControl(int b) {
    return b < 0x20
        && b != '\t'
        && b != '\n'
        && b != '\r'
        && b != ControlChars.SOH
        && b != ControlChars.STX
        && b != ControlChars.ETX
        && b != ControlChars.EOT
        && b != ControlChars.SYN;
  }

  /** The length of the well-formed UTF-8 sequence starting at {@code i}, or 0 if there is none. */
  private static int utf8SequenceLength(byte[] raw, int i, int limit) {
    int lead = raw[i] & 0xFF;
    int length;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
    } else {
      return 0;
    }
    if (i + length > limit) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      if ((raw[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return length;
  }

  private static boolean isReplacementCharacter(byte[] raw, int i) {
    return i + 2 < raw.length
        && (raw[i] & 0xFF) == 0xEF
        && (raw[i + 1] & 0xFF) == 0xBF
        && (raw[i + 2] & 0xFF) == 0xBD;
  }

  private static boolean startsWith(byte[] raw, int... prefix) {
    if (raw.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((raw[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
