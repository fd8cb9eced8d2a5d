package io.wirefeed.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when a story was filed, as taken out of its first paragraph.
 *
 * @param place the place as written, e.g. {@code MOSCOW}; null if none could be read
 * @param date the date, or null when the dateline carries no full date
 * @param text the whole dateline as written, e.g. {@code MOSCOW, April 24, 2019 (BSS/AFP)}
 */
public record ParsedDateline(String place, LocalDate date, String text) {
  public ParsedDateline {
    Objects.requireNonNull(text, "text");
  }
}
