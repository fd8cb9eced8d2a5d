package io.wirefeed.parse.xml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 times as XML news formats write them, extended or compact ({@code 20131113T150900Z}).
 */
public final class XmlTimes {

  private static final DateTimeFormatter COMPACT_WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[XXX][XX][X]");
  private static final DateTimeFormatter COMPACT_LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private XmlTimes() {}

  /** The instant, or null when absent or unreadable; a time without offset is taken as UTC. */
  public static Instant parse(String value) {
    if (value == null || value.isBlank() || value.length() > 40) {
      return null;
    }
    String v = value.strip();
    Instant compactUtc = compactUtc(v);
    if (compactUtc != null) {
      return compactUtc;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try the other forms
    }
    try {
      return OffsetDateTime.parse(v, COMPACT_WITH_OFFSET).toInstant();
    } catch (DateTimeParseException e) {
      // try the other forms
    }
    try {
      return LocalDateTime.parse(v, COMPACT_LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the other forms
    }
    try {
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * {@code 20131113T150900Z}, the form NITF's {@code date.issue} is usually written in, read
   * without a formatter (the formatters above first fail on the extended form, at the cost of an
   * exception); null for anything else, or an invalid date, which the formatters then judge.
   */
  private static Instant compactUtc(String v) {
    if (v.length() != 16 || v.charAt(8) != 'T' || v.charAt(15) != 'Z') {
      return null;
    }
    for (int i = 0; i < 15; i++) {
      if (i != 8 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
        return null;
      }
    }
    int year = digits(v, 0, 4);
    if (year == 0) {
      return null; // not a year of the era the formatters read
    }
    try {
      return LocalDateTime.of(
              year,
              digits(v, 4, 6),
              digits(v, 6, 8),
              digits(v, 9, 11),
              digits(v, 11, 13),
              digits(v, 13, 15))
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String v, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (v.charAt(i) - '0');
    }
    return value;
  }
}
