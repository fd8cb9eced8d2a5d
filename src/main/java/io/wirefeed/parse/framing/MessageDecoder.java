package io.wirefeed.parse.framing;

import io.wirefeed.story.ParsedFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes one framed message: an XML document in the encoding its declaration names, anything else
 * as strict UTF-8, else windows-1252 ({@link TextDecoder}).
 */
public final class MessageDecoder {

  /** The declaration is the first thing in a document; it is never longer than this. */
  private static final int MAX_DECLARATION_BYTES = 200;

  private MessageDecoder() {}

  public static DecodedText decode(byte[] raw, ParsedFormat hint) throws UndecodableTextException {
    return decode(raw, hint, false);
  }

  /**
   * As {@link #decode(byte[], ParsedFormat)}; {@code knownUtf8}: {@code raw} was found well-formed
   * UTF-8 already ({@link BinaryContent#scanRecord}).
   */
  public static DecodedText decode(byte[] raw, ParsedFormat hint, boolean knownUtf8)
      throws UndecodableTextException {
    if (hint == ParsedFormat.NITF
        || hint == ParsedFormat.NEWSML_G2
        || hint == ParsedFormat.NEWSML_1) {
      String declared = declaredEncoding(raw);
      if (declared != null && !declared.equalsIgnoreCase(TextDecoder.UTF_8)) {
        return TextDecoder.decodeStrictly(raw, declared);
      }
    }
    return TextDecoder.decode(raw, knownUtf8);
  }

  /** The {@code encoding} of an {@code <?xml …?>} declaration at the start, or null. */
  static String declaredEncoding(byte[] raw) {
    int limit = Math.min(raw.length, MAX_DECLARATION_BYTES);
    String head = new String(raw, 0, limit, StandardCharsets.ISO_8859_1);
    int declaration = head.indexOf("<?xml");
    int close = declaration < 0 ? -1 : head.indexOf("?>", declaration);
    if (close < 0) {
      return null;
    }
    String attributes = head.substring(declaration, close);
    int at = attributes.indexOf("encoding");
    if (at < 0) {
      return null;
    }
    int i = at + "encoding".length();
    while (i < attributes.length()
        && (attributes.charAt(i) == ' ' || attributes.charAt(i) == '=')) {
      i++;
    }
    if (i >= attributes.length()) {
      return null;
    }
    char quote = attributes.charAt(i);
    int end = attributes.indexOf(quote, i + 1);
    if ((quote != '"' && quote != '\'') || end < 0) {
      return null;
    }
    return attributes.substring(i + 1, end).strip().toUpperCase(Locale.ROOT);
  }
}
