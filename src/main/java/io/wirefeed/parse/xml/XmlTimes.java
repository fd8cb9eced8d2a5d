package io.wirefeed.parse.xml;

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
}
