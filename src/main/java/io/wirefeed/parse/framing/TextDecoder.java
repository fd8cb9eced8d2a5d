package io.wirefeed.parse.framing;

import io.wirefeed.parse.text.Utf8;
import io.wirefeed.parse.text.Utf8Text;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes wire bytes as strict UTF-8, else as windows-1252 (what legacy wire systems send).
 *
 * <p>Both decoders report errors instead of substituting U+FFFD: a silently replaced character
 * would change the story's text and its content hash. windows-1252 leaves five bytes (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) undefined; a message containing one of them is undecodable.
 */
public final class TextDecoder {

  public static final String UTF_8 = "UTF-8";
  public static final String WINDOWS_1252 = "windows-1252";

  private static final Charset WINDOWS_1252_CHARSET = Charset.forName(WINDOWS_1252);

  private TextDecoder() {}

  /** Decodes {@code raw}, dropping a leading UTF-8 byte order mark. */
  public static DecodedText decode(byte[] raw) throws UndecodableTextException {
    return decode(raw, false);
  }

  /**
   * As {@link #decode(byte[])}; {@code knownWellFormed}: {@code raw} was found well-formed UTF-8
   * already, by {@link BinaryContent#scanRecord}, so it is not checked again.
   */
  static DecodedText decode(byte[] raw, boolean knownWellFormed) throws UndecodableTextException {
    int start = hasUtf8ByteOrderMark(raw) ? 3 : 0;
    if (knownWellFormed || Utf8.isWellFormed(raw, start, raw.length)) {
      // The text the strict decoder gives, found faster, and built only if a parser asks for it.
      return new DecodedText(new Utf8Text(raw, start, raw.length), UTF_8);
    }
    // Not UTF-8 (Utf8 accepts exactly what the strict decoder accepts): the fallback, and only
    // for a message that is neither, the strict decoder again for the offset of the bad byte.
    Attempt cp1252 = attempt(WINDOWS_1252_CHARSET, raw, start);
    if (cp1252.text() != null) {
      return new DecodedText(cp1252.text(), WINDOWS_1252);
    }
    Attempt utf8 = attempt(StandardCharsets.UTF_8, raw, start);
    if (utf8.text() != null) {
      return new DecodedText(utf8.text(), UTF_8);
    }
    throw new UndecodableTextException(
        String.format(
            "undecodable text: not UTF-8 (invalid byte 0x%02X at offset %d) and not windows-1252"
                + " (undefined byte 0x%02X at offset %d)",
            byteAt(raw, utf8.errorOffset()),
            utf8.errorOffset(),
            byteAt(raw, cp1252.errorOffset()),
            cp1252.errorOffset()));
  }

  /**
   * Decodes {@code raw} in the charset a document declares, dropping a UTF-8 byte order mark.
   * Declared ISO-8859-1 is read as windows-1252, its superset, as browsers and feed readers do.
   */
  public static DecodedText decodeStrictly(byte[] raw, String declaredCharset)
      throws UndecodableTextException {
    Charset charset;
    try {
      charset =
          declaredCharset.equalsIgnoreCase("ISO-8859-1")
                  || declaredCharset.equalsIgnoreCase("latin1")
              ? WINDOWS_1252_CHARSET
              : Charset.forName(declaredCharset);
    } catch (IllegalArgumentException e) {
      throw new UndecodableTextException("unsupported declared encoding: " + declaredCharset);
    }
    int start = hasUtf8ByteOrderMark(raw) ? 3 : 0;
    Attempt attempt = attempt(charset, raw, start);
    if (attempt.text() == null) {
      throw new UndecodableTextException(
          String.format(
              "undecodable text: not %s as declared (invalid byte 0x%02X at offset %d)",
              charset.name(), byteAt(raw, attempt.errorOffset()), attempt.errorOffset()));
    }
    return new DecodedText(attempt.text(), charset.name());
  }

  private static int byteAt(byte[] raw, int offset) {
    return raw[Math.min(offset, raw.length - 1)] & 0xFF;
  }

  private static boolean hasUtf8ByteOrderMark(byte[] raw) {
    return raw.length >= 3
        && (raw[0] & 0xFF) == 0xEF
        && (raw[1] & 0xFF) == 0xBB
        && (raw[2] & 0xFF) == 0xBF;
  }

  /** Either the decoded text, or the offset of the first byte that could not be decoded. */
  private record Attempt(String text, int errorOffset) {}

  private static Attempt attempt(Charset charset, byte[] raw, int start) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(raw, start, raw.length - start);
    // No charset we accept yields more chars than bytes, so one pass fills the buffer.
    CharBuffer out = CharBuffer.allocate(raw.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Attempt(null, in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      return new Attempt(null, in.position());
    }
    return new Attempt(out.flip().toString(), -1);
  }
}
