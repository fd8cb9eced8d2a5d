package io.wirefeed.parse.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Transmission times as trailers write them, read token by token (no regex on the input). */
public final class WireTimes {

  /** Runs of spaces, compiled once: {@code String.split(" +")} compiles its pattern per call. */
  private static final Pattern SPACE_RUNS = Pattern.compile(" +");

  private static final int MAX_TRAILER_CHARS = 80;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("mär", 3),
          Map.entry("mrz", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("okt", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          Map.entry("dez", 12));

  /** Offsets of the zones trailers name; GMT or no zone is taken as UTC. */
  private static final Map<String, Integer> ZONE_HOURS =
      Map.of("GMT", 0, "UTC", 0, "EDT", -4, "EST", -5, "CET", 1, "MEZ", 1, "CEST", 2, "MESZ", 2);

  private WireTimes() {}

  /**
   * IPTC 7901 trailers: {@code 131137 GMT Nov 13}, {@code 101137 GMT Dez 18}, {@code 091223 dec
   * 18}, {@code 050932 sep 14EDT}: day, hour and minute, optional zone, month (English or German,
   * any case), two-digit year, optional zone after it.
   */
  public static Optional<Instant> ddhhmmMonYy(String trailer) {
    String firstLine = trailer.strip().lines().findFirst().orElse("");
    String[] tokens = SPACE_RUNS.split(bounded(firstLine.strip()), 8);
    if (tokens.length < 3 || tokens[0].length() != 6 || !digits(tokens[0])) {
      return Optional.empty();
    }
    int next = 1;
    int offsetHours = 0;
    if (ZONE_HOURS.containsKey(tokens[next].toUpperCase(Locale.ROOT))) {
      offsetHours = ZONE_HOURS.get(tokens[next].toUpperCase(Locale.ROOT));
      next++;
    }
    if (next + 1 >= tokens.length) {
      return Optional.empty();
    }
    String monthToken = tokens[next].toLowerCase(Locale.ROOT);
    Integer month = monthToken.length() < 3 ? null : MONTHS.get(monthToken.substring(0, 3));
    String yearToken = tokens[next + 1];
    if (month == null || yearToken.length() < 2 || !digits(yearToken.substring(0, 2))) {
      return Optional.empty();
    }
    String zoneAfterYear = yearToken.substring(2).toUpperCase(Locale.ROOT);
    if (!zoneAfterYear.isEmpty()) {
      Integer hours = ZONE_HOURS.get(zoneAfterYear);
      if (hours == null) {
        return Optional.empty();
      }
      offsetHours = hours;
    }
    return instant(
        2000 + Integer.parseInt(yearToken.substring(0, 2)),
        month,
        Integer.parseInt(tokens[0].substring(0, 2)),
        Integer.parseInt(tokens[0].substring(2, 4)),
        Integer.parseInt(tokens[0].substring(4, 6)),
        offsetHours);
  }

  static Optional<Instant> instant(
      int year, int month, int day, int hour, int minute, int offsetHours) {
    try {
      return Optional.of(
          LocalDateTime.of(year, month, day, hour, minute)
              .toInstant(ZoneOffset.ofHours(offsetHours)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String bounded(String text) {
    return text.length() > MAX_TRAILER_CHARS ? text.substring(0, MAX_TRAILER_CHARS) : text;
  }

  private static boolean digits(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
