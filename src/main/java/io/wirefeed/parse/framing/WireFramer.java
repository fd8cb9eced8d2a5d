package io.wirefeed.parse.framing;

// Long on purpose: every way messages are framed in a record, judged in one pass.
import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.parse.text.ControlChars;
import io.wirefeed.story.ParsedFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a raw record into wire messages in one forward scan: ANPA-1312 ({@code SYN SYN SOH} … {@code
 * EOT}), IPTC 7901 ({@code SOH} … {@code EOT}, where the {@code SOH} opens a well-formed frame),
 * telex ({@code ZCZC} at a line start, up to the next message), NITF, NewsML-G2 and NewsML 1.x XML
 * documents (up to the root's end tag). Bytes between messages (line noise, {@code DEL} padding)
 * are skipped. A record with no framing at all is one message: IPTC 7901 whose relay stripped the
 * control bytes, if its first line is a 7901 header, else plain text.
 *
 * <p>Each byte is looked at a bounded number of times, so framing is linear in the record size.
 */
public final class WireFramer {

  /**
   * A record may hold at most this many messages; the rest is handed back as one unframed piece.
   */
  public static final int MAX_MESSAGES = 500;

  /** Lines before a {@code ZCZC} line that travel with the message as its preamble. */
  private static final int MAX_TELEX_PREAMBLE_LINES = 40;

  /** Leading blanks allowed before a {@code ZCZC} or an XML start on its line. */
  private static final int MAX_INDENT = 16;

  /** An XML prolog (declaration, comments, DOCTYPE) longer than this is not looked into. */
  private static final int MAX_PROLOG_BYTES = 65_536;

  /** A control-framed header line is at most this long before its line end or STX. */
  private static final int MAX_CONTROL_HEADER_BYTES = 80;

  /** A lone SOH starts a message only if an STX follows within this many bytes. */
  private static final int MAX_SOH_TO_STX_BYTES = 512;

  private static final byte SOH = (byte) ControlChars.SOH;
  private static final byte STX = (byte) ControlChars.STX;
  private static final byte EOT = (byte) ControlChars.EOT;
  private static final byte US = (byte) ControlChars.US;
  private static final byte SYN = (byte) ControlChars.SYN;

  private static final Set<String> NEWSML_G2_ROOTS =
      Set.of(
          "newsItem", "newsMessage", "packageItem", "conceptItem", "knowledgeItem", "planningItem");

  /**
   * An IPTC 7901 header whose control bytes were stripped: {@code eca00075 3 i 510 dpa 1003}
   * (source and number, priority, category, word count). Bounded, on one short line.
   */
  private static final Pattern STRIPPED_7901_HEADER =
      Pattern.compile("[a-z]{1,5}\\d{1,6} {1,4}\\d {1,4}[a-z]{1,3} {1,4}\\d{1,6}(?: .{0,60})?");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] XML_DECLARATION = ascii("<?xml");
  private static final byte[] DOCTYPE = ascii("<!DOCTYPE");
  private static final byte[] COMMENT = ascii("<!--");

  private WireFramer() {}

  public static List<FramedMessage> frame(byte[] raw) {
    return frame(raw, true);
  }

  /**
   * @param skipAhead pass over bytes that cannot start or end a message (see {@link
   *     #nextCandidate}); off only in tests, to check that skipping changes nothing
   */
  public static List<FramedMessage> frame(byte[] raw, boolean skipAhead) {
    List<FramedMessage> messages = new ArrayList<>();
    int gapStart = 0;
    Start start = nextStart(raw, 0, skipAhead);
    while (start != null) {
      if (messages.size() == MAX_MESSAGES - 1) {
        messages.add(
            new FramedMessage(null, start.offset(), slice(raw, start.offset(), raw.length)));
        return messages;
      }
      int begin =
          start.format() == ParsedFormat.ZCZC
              ? withPreamble(raw, gapStart, start.offset())
              : start.offset();
      Start next;
      int end;
      if (start.format() == ParsedFormat.ZCZC) {
        next = nextStart(raw, lineEnd(raw, start.offset()), skipAhead);
        end = next == null ? raw.length : next.offset();
      } else {
        end =
            start.format() == ParsedFormat.NITF
                    || start.format() == ParsedFormat.NEWSML_G2
                    || start.format() == ParsedFormat.NEWSML_1
                ? xmlEnd(raw, start)
                : controlEnd(raw, start.offset(), skipAhead);
        next = nextStart(raw, end, skipAhead);
      }
      messages.add(new FramedMessage(start.format(), begin, slice(raw, begin, end)));
      gapStart = end;
      start = next;
    }
    if (messages.isEmpty()) {
      messages.add(new FramedMessage(unframedFormat(raw), 0, raw));
    }
    return List.copyOf(messages);
  }

  /** Where a message starts, what it looks like, and for XML the qualified root element name. */
  private record Start(int offset, ParsedFormat format, String xmlRoot) {}

  private static Start nextStart(byte[] raw, int from, boolean skipAhead) {
    int i = from;
    while (i < raw.length) {
      byte b = raw[i];
      if (b == SYN && i + 2 < raw.length && raw[i + 1] == SYN) {
        int j = i;
        while (j < raw.length && raw[j] == SYN) {
          j++;
        }
        if (j < raw.length && raw[j] == SOH) {
          return new Start(i, ParsedFormat.ANPA_1312, null);
        }
        i = j - 1;
      } else if (b == SOH && isPlausibleControlFrame(raw, i)) {
        return new Start(i, controlFramedFormat(raw, i), null);
      } else if (isLineStart(raw, i)) {
        Start atLine = lineStartMessage(raw, i);
        if (atLine != null) {
          return atLine;
        }
      }
      i = skipAhead ? nextCandidate(raw, i + 1) : i + 1;
    }
    return null;
  }

  /**
   * The first index at or after {@code from} that may start a message: a SYN or SOH byte, or a line
   * start. Both need a byte of 0x16 or below (SYN, SOH, CR, LF) at or just before the index, so the
   * prose between line ends is passed over eight bytes at a time.
   */
  private static int nextCandidate(byte[] raw, int from) {
    int control = ByteScan.indexOfByteAtMost(raw, from - 1, SYN);
    return Math.max(control, from);
  }

  private static boolean isLineStart(byte[] raw, int i) {
    return i == 0 || raw[i - 1] == '\n' || raw[i - 1] == '\r';
  }

  private static Start lineStartMessage(byte[] raw, int lineStart) {
    int k = lineStart;
    if (k == 0 && startsWith(raw, 0, UTF8_BOM)) {
      k = 3;
    }
    int indentLimit = Math.min(raw.length, k + MAX_INDENT);
    while (k < indentLimit && (raw[k] == ' ' || raw[k] == '\t')) {
      k++;
    }
    // Runs at every line start of every record: most lines are prose, so decide on one byte.
    if (k >= raw.length || (raw[k] != 'Z' && raw[k] != 'z' && raw[k] != '<')) {
      return null;
    }
    if (k + 4 <= raw.length && startsWithIgnoreCase(raw, k, "ZCZC") && endsWord(raw, k + 4)) {
      return new Start(lineStart, ParsedFormat.ZCZC, null);
    }
    if (startsWith(raw, k, XML_DECLARATION)
        || startsWith(raw, k, DOCTYPE)
        || startsWith(raw, k, COMMENT)) {
      // A prolog that does not lead to a root element still starts a (broken) XML message, so
      // that it is not scanned again from every following line.
      String root = xmlRoot(raw, k);
      return new Start(lineStart, root == null ? ParsedFormat.NEWSML_G2 : xmlFormat(root), root);
    }
    if (k + 1 < raw.length && raw[k] == '<' && isNameByte(raw[k + 1])) {
      String root = xmlRoot(raw, k);
      if (root != null && isXmlItemRoot(root)) {
        return new Start(lineStart, xmlFormat(root), root);
      }
    }
    return null;
  }

  private static boolean endsWord(byte[] raw, int i) {
    return i >= raw.length || (raw[i] & 0xFF) <= ' ';
  }

  /**
   * The qualified name of the first element after the XML prolog, or null if this is no XML
   * document start. Skips the declaration, comments, processing instructions and a DOCTYPE
   * (including its internal subset), within {@link #MAX_PROLOG_BYTES}.
   */
  private static String xmlRoot(byte[] raw, int from) {
    int limit = Math.min(raw.length, from + MAX_PROLOG_BYTES);
    int i = from;
    while (i < limit) {
      if (raw[i] != '<') {
        if ((raw[i] & 0xFF) > ' ') {
          return null;
        }
        i++;
      } else if (i + 1 < limit && (raw[i + 1] == '?' || raw[i + 1] == '!')) {
        i = skipMarkup(raw, i, limit);
        if (i < 0) {
          return null;
        }
      } else {
        int nameStart = i + 1;
        int j = nameStart;
        while (j < limit && isNameByte(raw[j])) {
          j++;
        }
        return j > nameStart
            ? new String(raw, nameStart, j - nameStart, StandardCharsets.US_ASCII)
            : null;
      }
    }
    return null;
  }

  /** Skips {@code <?…?>}, {@code <!--…-->} or {@code <!DOCTYPE …[…]>}; -1 if it does not end. */
  private static int skipMarkup(byte[] raw, int from, int limit) {
    if (startsWith(raw, from, ascii("<!--"))) {
      int end = indexOf(raw, ascii("-->"), from + 4, limit);
      return end < 0 ? -1 : end + 3;
    }
    int depth = 0;
    for (int i = from + 2; i < limit; i++) {
      byte b = raw[i];
      if (b == '[') {
        depth++;
      } else if (b == ']') {
        depth--;
      } else if (b == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isNameByte(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == ':'
        || b == '_'
        || b == '-'
        || b == '.';
  }

  private static ParsedFormat xmlFormat(String qualifiedRoot) {
    String local = qualifiedRoot.substring(qualifiedRoot.indexOf(':') + 1);
    // Unknown roots go to the NewsML-G2 parser, which names what it found.
    return switch (local) {
      case "nitf" -> ParsedFormat.NITF;
      case "NewsML" -> ParsedFormat.NEWSML_1;
      default -> ParsedFormat.NEWSML_G2;
    };
  }

  private static boolean isXmlItemRoot(String qualifiedRoot) {
    String local = qualifiedRoot.substring(qualifiedRoot.indexOf(':') + 1);
    return local.equals("nitf") || local.equals("NewsML") || NEWSML_G2_ROOTS.contains(local);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** After the root's end tag, or the end of the record for a truncated document. */
  private static int xmlEnd(byte[] raw, Start start) {
    if (start.xmlRoot() == null) {
      return raw.length;
    }
    byte[] endTag = ascii("</" + start.xmlRoot());
    int from = start.offset();
    while (true) {
      int at = indexOf(raw, endTag, from, raw.length);
      if (at < 0) {
        return raw.length;
      }
      int j = at + endTag.length;
      while (j < raw.length && (raw[j] & 0xFF) <= ' ') {
        j++;
      }
      if (j < raw.length && raw[j] == '>') {
        return j + 1;
      }
      from = at + endTag.length;
    }
  }

  /** After the {@code EOT}, or where the next well-formed control-framed message starts. */
  private static int controlEnd(byte[] raw, int start, boolean skipAhead) {
    int i = start;
    while (i < raw.length && raw[i] == SYN) {
      i++;
    }
    for (i = nextControlEndCandidate(raw, i + 1, skipAhead);
        i < raw.length;
        i = nextControlEndCandidate(raw, i + 1, skipAhead)) {
      if (raw[i] == EOT) {
        return i + 1;
      }
      if ((raw[i] == SOH && isPlausibleControlFrame(raw, i))
          || (raw[i] == SYN && i + 1 < raw.length && raw[i + 1] == SYN)) {
        return i;
      }
    }
    return raw.length;
  }

  /**
   * The first index at or after {@code from} that may end a control-framed message: EOT, SOH and
   * SYN are all at most SYN, so the text between is passed over eight bytes at a time.
   */
  private static int nextControlEndCandidate(byte[] raw, int from, boolean skipAhead) {
    return skipAhead ? ByteScan.indexOfByteAtMost(raw, from, SYN) : from;
  }

  /**
   * Whether a lone SOH (no SYN SYN before it) opens a well-formed frame: a header line of printable
   * text (and the ANPA US separator) ended by a line end or STX, then an STX before any EOT or next
   * SOH. Control bytes in binary noise look like SOH often; this shape they almost never have.
   */
  private static boolean isPlausibleControlFrame(byte[] raw, int soh) {
    int headerLimit = Math.min(raw.length, soh + 1 + MAX_CONTROL_HEADER_BYTES);
    int i = soh + 1;
    while (i < headerLimit && raw[i] != '\n' && raw[i] != '\r' && raw[i] != STX) {
      int b = raw[i] & 0xFF;
      if ((b < 0x20 && b != US) || b >= 0x7F) {
        return false;
      }
      i++;
    }
    if (i == headerLimit) {
      return false;
    }
    int stxLimit = Math.min(raw.length, soh + MAX_SOH_TO_STX_BYTES);
    for (; i < stxLimit; i++) {
      if (raw[i] == STX) {
        return true;
      }
      if (raw[i] == EOT || raw[i] == SOH) {
        return false;
      }
    }
    return false;
  }

  /** ANPA headers separate the message number from the selector with {@code US}; 7901 does not. */
  private static ParsedFormat controlFramedFormat(byte[] raw, int soh) {
    int limit = Math.min(raw.length, soh + 80);
    for (int i = soh + 1; i < limit && raw[i] != '\n' && raw[i] != '\r'; i++) {
      if (raw[i] == US) {
        return ParsedFormat.ANPA_1312;
      }
    }
    return ParsedFormat.IPTC_7901;
  }

  private static ParsedFormat unframedFormat(byte[] raw) {
    int i = 0;
    while (i < raw.length && ((raw[i] & 0xFF) <= ' ' || raw[i] == 0x7F)) {
      i++;
    }
    int end = i;
    while (end < raw.length && end - i < 120 && raw[end] != '\n' && raw[end] != '\r') {
      end++;
    }
    String firstLine = new String(raw, i, end - i, StandardCharsets.ISO_8859_1).strip();
    return STRIPPED_7901_HEADER.matcher(firstLine).matches()
        ? ParsedFormat.IPTC_7901
        : ParsedFormat.PLAIN_TEXT;
  }

  /** The start of up to {@link #MAX_TELEX_PREAMBLE_LINES} lines before a ZCZC line. */
  private static int withPreamble(byte[] raw, int gapStart, int zczcLine) {
    int lines = 0;
    for (int i = zczcLine - 1; i >= gapStart; i--) {
      if (raw[i] == '\n' && ++lines > MAX_TELEX_PREAMBLE_LINES) {
        return zczcLine;
      }
    }
    return gapStart;
  }

  private static int lineEnd(byte[] raw, int from) {
    int i = from;
    while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] raw, int at, byte[] prefix) {
    if (at + prefix.length > raw.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (raw[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code prefix} is upper-case ASCII letters; runs at every line start, so no allocation. */
  private static boolean startsWithIgnoreCase(byte[] raw, int at, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      byte b = raw[at + i];
      byte upper = b >= 'a' && b <= 'z' ? (byte) (b - ('a' - 'A')) : b;
      if (upper != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] raw, byte[] needle, int from, int limit) {
    int last = limit - needle.length;
    for (int i = ByteScan.indexOf(raw, needle[0], from, limit);
        i >= 0 && i <= last;
        i = ByteScan.indexOf(raw, needle[0], i + 1, limit)) {
      if (startsWith(raw, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] slice(byte[] raw, int from, int to) {
    return from == 0 && to == raw.length ? raw : Arrays.copyOfRange(raw, from, to);
  }
}
