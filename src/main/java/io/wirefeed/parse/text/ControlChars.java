package io.wirefeed.parse.text;

/**
 * The ASCII control characters that wire formats are framed and typeset with (ANPA-1312, IPTC 7901,
 * telex), named once for the framer and every parser.
 */
public final class ControlChars {

  /** Start of heading: opens an ANPA or IPTC 7901 message. */
  public static final char SOH = '\u0001';

  /** Start of text: ends the header, the body follows. */
  public static final char STX = '\u0002';

  /** End of text: the body is over, a trailer may follow. */
  public static final char ETX = '\u0003';

  /** End of transmission: closes the message. */
  public static final char EOT = '\u0004';

  /** Bell: dpa rings it for an urgent message. */
  public static final char BEL = '\u0007';

  /** Backspace: leads an ANPA table row. */
  public static final char BS = '\u0008';

  /** Data link escape: an ANPA fixed space. */
  public static final char DLE = '\u0010';

  /** Device control 2 and 4: ANPA's agate (tabular copy) format codes. */
  public static final char DC2 = '\u0012';

  public static final char DC4 = '\u0014';

  /** Synchronous idle: line fill before an ANPA message. */
  public static final char SYN = '\u0016';

  /** Record and unit separators: ANPA column stops, and the selector separator. */
  public static final char RS = '\u001E';

  public static final char US = '\u001F';

  private ControlChars() {}
}
