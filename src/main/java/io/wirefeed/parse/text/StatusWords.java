package io.wirefeed.parse.text;

import io.wirefeed.story.ParsedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a story status from the words agencies put in version labels, genre lines and editor's
 * notes ({@code 1stLd-Writethru}, {@code CORRECTED}, {@code Eds: Kills ...}, {@code (Berichtigung:
 * …)}, {@code HOLD HOLD HOLD}). Whole words only, so {@code shareholders} is no hold; a single
 * linear pass over a bounded prefix, no regular expressions on untrusted text.
 */
public final class StatusWords {

  private static final int MAX_CHARS = 400;

  private static final Set<String> KILL = Set.of("kill", "kills", "annulliert");
  private static final Set<String> WITHDRAWAL =
      Set.of("withdraw", "withdraws", "withdrawn", "withdrawal", "zurückgezogen");
  private static final Set<String> CORRECTION =
      Set.of("correction", "corrects", "corrected", "berichtigung", "korr", "korrektur");
  private static final Set<String> EMBARGO = Set.of("embargo", "embargoed", "sperrfrist");
  private static final Set<String> HOLD = Set.of("hold");
  private static final Set<String> UPDATE =
      Set.of("writethru", "lead", "ld", "update", "updates", "zusammenfassung");
  private static final Set<String> REPEAT = Set.of("refile", "repeat", "repeats", "wiederholung");
  private static final Set<String> ADVISORY = Set.of("advisory", "achtung");
  private static final Set<String> FLASH = Set.of("flash", "blitz");
  private static final Set<String> URGENT = Set.of("urgent", "bulletin", "eil", "eilmeldung");

  private StatusWords() {}

  /** The strongest status the text signals, or {@link ParsedStatus#STANDARD} if none. */
  public static ParsedStatus of(String text) {
    if (text == null || text.isBlank()) {
      return ParsedStatus.STANDARD;
    }
    List<String> words = words(text.substring(0, Math.min(text.length(), MAX_CHARS)));
    if (containsAny(words, KILL)) {
      return ParsedStatus.KILL;
    }
    if (containsAny(words, WITHDRAWAL)) {
      return ParsedStatus.WITHDRAWAL;
    }
    if (containsAny(words, CORRECTION)) {
      return ParsedStatus.CORRECTION;
    }
    if (containsAny(words, EMBARGO)) {
      return ParsedStatus.EMBARGO;
    }
    if (containsAny(words, HOLD)) {
      return ParsedStatus.HOLD;
    }
    if (containsAny(words, UPDATE)) {
      return ParsedStatus.UPDATE;
    }
    if (containsAny(words, REPEAT)) {
      return ParsedStatus.REPEAT;
    }
    if (containsAny(words, ADVISORY)) {
      return ParsedStatus.ADVISORY;
    }
    if (containsAny(words, FLASH)) {
      return ParsedStatus.FLASH;
    }
    return containsAny(words, URGENT) ? ParsedStatus.URGENT : ParsedStatus.STANDARD;
  }

  /**
   * Runs of letters, also split where a lower-case letter meets an upper-case one ({@code stLd}).
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean camelBreak = Character.isLowerCase(previous) && Character.isUpperCase(c);
      if (!Character.isLetter(c) || camelBreak) {
        if (word.length() > 0) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
      }
      if (Character.isLetter(c)) {
        word.append(c);
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static boolean containsAny(List<String> words, Set<String> signals) {
    for (String word : words) {
      if (signals.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
