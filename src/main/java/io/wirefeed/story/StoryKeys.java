package io.wirefeed.story;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Builds the key that ties the versions of one story together. XML items carry a guid for this;
 * line formats do not, so their key is agency + slug (or story number) + day, which stays the same
 * across writethrus, corrections and kills of the story that day.
 */
public final class StoryKeys {

  private StoryKeys() {}

  /** {@code ap/argentina-cancer beauty/2013-11-13}; null without a slug. */
  public static String of(String agency, String slug, LocalDate day) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    key.append(agency == null ? "-" : agency.strip().toLowerCase(Locale.ROOT));
    key.append('/').append(slug.strip().toLowerCase(Locale.ROOT));
    if (day != null) {
      key.append('/').append(day);
    }
    return key.toString();
  }
}
