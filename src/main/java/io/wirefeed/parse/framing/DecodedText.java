package io.wirefeed.parse.framing;

import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.parse.text.TextLines;
import io.wirefeed.parse.text.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A message's text and the charset it was decoded from. The text is held as its UTF-8 bytes, and
 * built as a String only when a parser asks for it: the line-oriented parsers read lines and
 * paragraphs straight from the bytes, and so build each paragraph's String once.
 */
public final class DecodedText {

  private final Utf8Text utf8;
  private final String charset;
  private String text;
  private int headChars = -1;
  private int headEnd;
  private int markupLimit = -1;
  private int markupStart;
  private TextLines lines;

  /**
   * @param charset {@code UTF-8} or {@code windows-1252}
   */
  public DecodedText(String text, String charset) {
    Objects.requireNonNull(text, "text");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.text = text;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    this.utf8 = new Utf8Text(bytes, 0, bytes.length);
  }

  /** Text already checked to be well-formed UTF-8 ({@code Utf8.isWellFormed}), not yet built. */
  DecodedText(Utf8Text wellFormed, String charset) {
    this.utf8 = Objects.requireNonNull(wellFormed, "wellFormed");
    this.charset = Objects.requireNonNull(charset, "charset");
  }

  public String text() {
    String built = text;
    if (built == null) {
      built = utf8.decode();
      text = built;
    }
    return built;
  }

  /** The text's UTF-8 bytes. */
  public Utf8Text utf8() {
    return utf8;
  }

  /**
   * The text's lines ({@link TextLines#of}), split once for every parser that reads them: a
   * plain-text message is split by the telex parser's test for a {@code ZCZC} line, then read by
   * the plain-text parser.
   */
  public TextLines lines() {
    TextLines split = lines;
    if (split == null) {
      split = TextLines.of(utf8);
      lines = split;
    }
    return split;
  }

  /**
   * The end of the first {@code chars} chars in {@link #utf8()}'s bytes ({@link
   * Utf8Text#endOfChars}), kept for the next parser that asks the same.
   */
  public int headEnd(int chars) {
    if (chars != headChars) {
      headEnd = utf8.endOfChars(chars);
      headChars = chars;
    }
    return headEnd;
  }

  /**
   * The index in {@link #utf8()}'s bytes of the first {@code <} before {@code limit}, or -1, kept
   * for the next parser that asks the same: of the XML parsers that each look for their root in a
   * plain-text message, only the first scans its head.
   */
  public int markupStart(int limit) {
    if (limit != markupLimit) {
      markupStart = ByteScan.indexOf(utf8.bytes(), (byte) '<', utf8.from(), limit);
      markupLimit = limit;
    }
    return markupStart;
  }

  public String charset() {
    return charset;
  }

  public boolean isEmpty() {
    return utf8.isEmpty();
  }

  /** As {@link String#isBlank()} of the text, which is built only if the bytes cannot tell. */
  public boolean isBlank() {
    return !utf8.startsNonBlankInAscii() && text().isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DecodedText that
        && text().equals(that.text())
        && charset.equals(that.charset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text(), charset);
  }

  @Override
  public String toString() {
    return "DecodedText[text=" + text() + ", charset=" + charset + "]";
  }
}
