package io.wirefeed.parse.text;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a message as byte ranges of its UTF-8 text, the same lines {@link Lines} gives, with
 * no String built for a line until one is asked for. Body paragraphs are unwrapped straight from
 * the ranges ({@link #unwrapped}), so each paragraph's String is built once, from the bytes.
 *
 * <p>Lines are split at LF, CRLF or CR; other C0 controls and DEL are dropped and tabs become
 * spaces. All of these are ASCII bytes, which no multi-byte UTF-8 sequence contains, so the bytes
 * are cleaned exactly as the chars would be. Stripping and blank tests follow {@link
 * String#strip()}: Unicode whitespace, judged by code point.
 */
public final class TextLines {

  private final byte[] bytes;
  private final int[] starts;
  private final int[] ends;
  private final int size;
  private final String[] built;
  private byte[] scratch;

  /** How much of {@link #scratch} holds paragraphs handed out, from its start. */
  private int scratchUsed;

  private TextLines(byte[] bytes, int[] starts, int[] ends, int size) {
    this.bytes = bytes;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
    this.built = new String[size];
  }

  /** Every line of {@code text}. */
  public static TextLines of(Utf8Text text) {
    return first(text, Integer.MAX_VALUE);
  }

  /** The first {@code max} lines of {@code text}, without reading past them. */
  public static TextLines first(Utf8Text text, int max) {
    byte[] raw = text.bytes();
    int to = text.to();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int size = 0;
    boolean clean = true;
    int start = text.from();
    for (int i = ByteScan.indexOfControl(raw, start, to);
        i < to && size < max;
        i = ByteScan.indexOfControl(raw, i + 1, to)) {
      byte b = raw[i];
      if (b == '\n' || b == '\r') {
        if (size == starts.length) {
          starts = Arrays.copyOf(starts, size * 2);
          ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size++] = i;
        if (b == '\r' && i + 1 < to && raw[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      } else {
        clean = false;
      }
    }
    if (start < to && size < max) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size + 1);
        ends = Arrays.copyOf(ends, size + 1);
      }
      starts[size] = start;
      ends[size++] = to;
    }
    return clean ? new TextLines(raw, starts, ends, size) : cleaned(raw, starts, ends, size);
  }

  /** The lines copied with their control chars dropped and their tabs made spaces. */
  private static TextLines cleaned(byte[] raw, int[] starts, int[] ends, int size) {
    byte[] copy = new byte[size == 0 ? 0 : ends[size - 1] - starts[0]];
    int length = 0;
    for (int line = 0; line < size; line++) {
      int start = length;
      for (int i = starts[line]; i < ends[line]; i++) {
        byte b = raw[i];
        if (b == '\t') {
          copy[length++] = ' ';
        } else if ((b & 0xFF) >= 0x20 && b != 0x7F) {
          copy[length++] = b;
        }
      }
      starts[line] = start;
      ends[line] = length;
    }
    return new TextLines(copy, starts, ends, size);
  }

  public int size() {
    return size;
  }

  /** Line {@code i} as {@link Lines} gives it. */
  public String line(int i) {
    String line = built[i];
    if (line == null) {
      line = decode(starts[i], ends[i]);
      built[i] = line;
    }
    return line;
  }

  /** The lines as Strings, each built when first read. */
  public List<String> asList() {
    return new LineList(0, size);
  }

  public boolean isBlank(int i) {
    return stripStart(starts[i], ends[i]) == ends[i];
  }

  /** Whether line {@code i}, stripped, is exactly {@code ascii}. */
  public boolean strippedEquals(int i, String ascii) {
    int start = stripStart(starts[i], ends[i]);
    return stripEnd(start, ends[i]) - start == ascii.length() && regionMatches(start, ascii, false);
  }

  /** Whether line {@code i}, as it is (not stripped), starts with {@code ascii}. */
  public boolean startsWith(int i, String ascii) {
    return ends[i] - starts[i] >= ascii.length() && regionMatches(starts[i], ascii, false);
  }

  /** Whether line {@code i}, stripped, starts with {@code ascii}. */
  public boolean strippedStartsWith(int i, String ascii) {
    int start = stripStart(starts[i], ends[i]);
    return ends[i] - start >= ascii.length() && regionMatches(start, ascii, false);
  }

  /**
   * Whether line {@code i}, stripped, starts with {@code ascii}, ignoring case: for ASCII letters
   * whose case no other char shares (not {@code k}, {@code s}, {@code i}: Kelvin, long s, dotless
   * i).
   */
  public boolean strippedStartsWithIgnoringCase(int i, String ascii) {
    int start = stripStart(starts[i], ends[i]);
    return ends[i] - start >= ascii.length() && regionMatches(start, ascii, true);
  }

  private boolean regionMatches(int at, String ascii, boolean ignoreCase) {
    for (int k = 0; k < ascii.length(); k++) {
      int b = bytes[at + k];
      int c = ascii.charAt(k);
      if (b != c && !(ignoreCase && lowerAscii(b) == lowerAscii(c))) {
        return false;
      }
    }
    return true;
  }

  private static int lowerAscii(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  /** Whether a blank line separates two non-blank lines anywhere. */
  public boolean hasBlankLineBetweenText() {
    boolean textSeen = false;
    boolean blankAfterText = false;
    for (int i = 0; i < size; i++) {
      if (isBlank(i)) {
        blankAfterText = textSeen;
      } else if (blankAfterText) {
        return true;
      } else {
        textSeen = true;
      }
    }
    return false;
  }

  /** The runs of non-blank lines in {@code [from, to)}, split at blank lines, each unwrapped. */
  public List<Paragraph> separatedByBlankLines(int from, int to) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int first = -1;
    for (int i = from; i < to; i++) {
      if (isBlank(i)) {
        if (first >= 0) {
          paragraphs.add(paragraph(first, i));
          first = -1;
        }
      } else if (first < 0) {
        first = i;
      }
    }
    if (first >= 0) {
      paragraphs.add(paragraph(first, to));
    }
    return paragraphs;
  }

  /** One paragraph per non-blank line. */
  public List<Paragraph> onePerLine() {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (!isBlank(i)) {
        paragraphs.add(paragraph(i, i + 1));
      }
    }
    return paragraphs;
  }

  /** Line {@code i}'s bytes, stripped as {@link String#strip()} strips its String. */
  public Utf8Text strippedBytes(int i) {
    int start = stripStart(starts[i], ends[i]);
    return new Utf8Text(bytes, start, stripEnd(start, ends[i]));
  }

  /**
   * Lines {@code [from, to)} unwrapped into one paragraph, as {@link #unwrapped} unwraps them, with
   * its UTF-8 bytes for the fold ({@link FoldedBody}); only a one-line paragraph is {@link
   * Paragraph#oneLine}.
   */
  public Paragraph paragraph(int from, int to) {
    if (to - from == 1) {
      int start = stripStart(starts[from], ends[from]);
      int end = stripEnd(start, ends[from]);
      return new Paragraph(decode(start, end), true, bytes, start, end);
    }
    int length = join(from, to);
    // Kept for the fold of the paragraph's bytes (FoldedBody): the next paragraph is joined after
    // it, not over it.
    Paragraph paragraph =
        new Paragraph(
            new String(scratch, scratchUsed, length, StandardCharsets.UTF_8),
            false,
            scratch,
            scratchUsed,
            scratchUsed + length);
    scratchUsed += length;
    return paragraph;
  }

  /**
   * Lines {@code [from, to)} joined as {@link Paragraphs#unwrap} joins them: stripped, blank ones
   * left out, with a space between unless a line ends in a hyphen right after a word.
   */
  public String unwrapped(int from, int to) {
    if (to - from == 1) {
      int start = stripStart(starts[from], ends[from]);
      return decode(start, stripEnd(start, ends[from]));
    }
    int length = join(from, to); // first: it may start a new scratch
    return new String(scratch, scratchUsed, length, StandardCharsets.UTF_8);
  }

  /**
   * Joins lines {@code [from, to)} as {@link #unwrapped} does into {@link #scratch} from {@link
   * #scratchUsed}, and gives the length joined.
   */
  private int join(int from, int to) {
    int capacity = to - from;
    for (int i = from; i < to; i++) {
      capacity += ends[i] - starts[i];
    }
    if (scratch == null || scratch.length - scratchUsed < capacity) {
      scratch = new byte[Math.max(capacity, bytes.length + size)];
      scratchUsed = 0;
    }
    byte[] paragraph = scratch;
    int base = scratchUsed;
    int length = base;
    for (int i = from; i < to; i++) {
      int start = stripStart(starts[i], ends[i]);
      int end = stripEnd(start, ends[i]);
      if (start == end) {
        continue;
      }
      if (length > base && !endsInWordHyphen(paragraph, base, length)) {
        paragraph[length++] = ' ';
      }
      System.arraycopy(bytes, start, paragraph, length, end - start);
      length += end - start;
    }
    return length - base;
  }

  private String decode(int start, int end) {
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  private int stripStart(int start, int end) {
    int i = start;
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        if (!Chars.isWhitespace((char) b)) {
          return i;
        }
        i++;
      } else {
        int length = Utf8.sequenceLengthOfLead(b);
        if (!Utf8.leadMayBeWhitespace(b) || !Character.isWhitespace(Utf8.codePointAt(bytes, i))) {
          return i;
        }
        i += length;
      }
    }
    return i;
  }

  private int stripEnd(int start, int end) {
    int i = end;
    while (i > start) {
      int b = bytes[i - 1];
      if (b >= 0) {
        if (!Chars.isWhitespace((char) b)) {
          return i;
        }
        i--;
      } else {
        if (!Utf8.lastByteMayBeWhitespace(b)) {
          return i;
        }
        int lead = Utf8.leadBefore(bytes, i, start);
        if (!Character.isWhitespace(Utf8.codePointAt(bytes, lead))) {
          return i;
        }
        i = lead;
      }
    }
    return i;
  }

  /** Whether {@code text[0..length)} ends in a hyphen ({@code -} or U+2010) right after a word. */
  private static boolean endsInWordHyphen(byte[] text, int base, int length) {
    int hyphen;
    if (text[length - 1] == '-') {
      hyphen = length - 1;
    } else if (length - base >= 3
        && text[length - 3] == (byte) 0xE2
        && text[length - 2] == (byte) 0x80
        && text[length - 1] == (byte) 0x90) {
      hyphen = length - 3;
    } else {
      return false;
    }
    if (hyphen == base) {
      return false;
    }
    int before = text[hyphen - 1];
    if (before >= 0) {
      return !Chars.isWhitespace((char) before);
    }
    if (!Utf8.lastByteMayBeWhitespace(before)) {
      return true;
    }
    int codePoint = Utf8.codePointAt(text, Utf8.leadBefore(text, hyphen, base));
    // A char past U+FFFF is a surrogate pair in a String, and a surrogate is not whitespace.
    return codePoint > 0xFFFF || !Character.isWhitespace((char) codePoint);
  }

  /**
   * A paragraph's text, whether it came from one line (only those can be subheads), and the text's
   * UTF-8 bytes {@code utf8[from..to)}, which nothing writes over.
   */
  public record Paragraph(String text, boolean oneLine, byte[] utf8, int from, int to) {}

  /** A view of lines {@code [from, to)} as Strings. */
  private final class LineList extends AbstractList<String> implements RandomAccess {
    private final int from;
    private final int to;

    LineList(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return line(from + index);
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public List<String> subList(int fromIndex, int toIndex) {
      if (fromIndex < 0 || toIndex > size() || fromIndex > toIndex) {
        throw new IndexOutOfBoundsException(fromIndex + ".." + toIndex);
      }
      return new LineList(from + fromIndex, from + toIndex);
    }
  }
}
