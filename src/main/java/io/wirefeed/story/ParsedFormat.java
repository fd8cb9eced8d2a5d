package io.wirefeed.story;

/** The wire formats wirefeed recognises. Names match the Avro {@code ParsedFormat} enum. */
public enum ParsedFormat {
  ZCZC,
  ANPA_1312,
  IPTC_7901,
  NITF,
  NEWSML_G2,
  PLAIN_TEXT,
  /** Added after the first release: last, so older readers fall back to the Avro default. */
  NEWSML_1
}
