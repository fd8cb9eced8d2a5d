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
    Instant plainUtc = plainUtc(v);
    if (plainUtc != null) {
      return plainUtc;
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
   * A UTC time in the two forms news documents usually write, {@code 20131113T150900Z} (NITF's
   * {@code date.issue}) and {@code 2013-11-13T15:09:00Z} (NewsML-G2's {@code versionCreated}), read
   * without a formatter: the formatters cost more than the rest of the header, and the compact form
   * first failed the extended one's at the cost of an exception. Null for anything else, or for an
   * invalid date, which the formatters then judge as before.
   */
  private static Instant plainUtc(String v) {
    boolean compact = v.length() == 16 && v.charAt(8) == 'T';
    boolean extended =
        v.length() == 20
            && v.charAt(4) == '-'
            && v.charAt(7) == '-'
            && v.charAt(10) == 'T'
            && v.charAt(13) == ':'
            && v.charAt(16) == ':';
    if (!(compact || extended) || v.charAt(v.length() - 1) != 'Z') {
      return null;
    }
    int[] fieldStarts = compact ? COMPACT_FIELDS : EXTENDED_FIELDS;
    int[] fields = new int[6];
    for (int f = 0; f < 6; f++) {
      int at = fieldStarts[f];
      int value = f == 0 ? digits(v, at, at + 4) : digits(v, at, at + 2);
      if (value < 0) {
        return null;
      }
      fields[f] = value;
    }
    if (compact && fields[0] == 0) {
      return null; // not a year of the era the compact formatter reads
    }
    try {
      return LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Where year, month, day, hour, minute and second start in each form. */
  private static final int[] COMPACT_FIELDS = {0, 4, 6, 9, 11, 13};

  private static final int[] EXTENDED_FIELDS = {0, 5, 8, 11, 14, 17};

  /** The decimal value of {@code v[from..to)}, or -1 if a char there is not a digit. */
  private static int digits(String v, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
