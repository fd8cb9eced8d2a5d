package io.wirefeed.parse;

import java.util.Locale;

/**
 * Reads a story status from the words agencies put in version labels and editor's notes ({@code
 * 1stLd-Writethru}, {@code CORRECTED}, {@code Eds: Kills ...}, {@code Berichtigung}). Plain
 * substring checks on a bounded prefix: no regular expressions on untrusted text.
 */
final class StatusWords {

  private static final int MAX_CHARS = 400;

  private StatusWords() {}

  /** The status the text signals, or {@link StoryStatus#STANDARD} if none. */
  static StoryStatus of(String text) {
    if (text == null || text.isBlank()) {
      return StoryStatus.STANDARD;
    }
    String t = text.substring(0, Math.min(text.length(), MAX_CHARS)).toLowerCase(Locale.ROOT);
    if (t.contains("kill") || t.contains("annulliert") || t.contains("sperrfrist aufgehoben")) {
      return StoryStatus.KILL;
    }
    if (t.contains("withdraw") || t.contains("zurückgezogen") || t.contains("mandatory removal")) {
      return StoryStatus.WITHDRAWAL;
    }
    if (t.contains("correct") || t.contains("berichtigung") || t.contains("korr")) {
      return StoryStatus.CORRECTION;
    }
    if (t.contains("embargo") || t.contains("sperrfrist")) {
      return StoryStatus.EMBARGO;
    }
    if (t.contains("hold")) {
      return StoryStatus.HOLD;
    }
    if (t.contains("writethru")
        || t.contains("lead")
        || t.contains("update")
        || t.contains("zusammenfassung")) {
      return StoryStatus.UPDATE;
    }
    if (t.contains("refile") || t.contains("repeat") || t.contains("wiederholung")) {
      return StoryStatus.REPEAT;
    }
    if (t.contains("advisory") || t.contains("achtung")) {
      return StoryStatus.ADVISORY;
    }
    if (t.contains("flash")) {
      return StoryStatus.FLASH;
    }
    if (t.contains("urgent") || t.contains("bulletin") || t.contains("eil")) {
      return StoryStatus.URGENT;
    }
    return StoryStatus.STANDARD;
  }
}
