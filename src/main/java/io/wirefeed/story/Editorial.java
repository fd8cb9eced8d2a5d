package io.wirefeed.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a message says about the story besides its text: status, versions, priority, routing codes,
 * times and notes. Nullable fields are null when the format or the message does not carry them.
 *
 * @param storyKey the same for every version of one story (see {@link StoryKeys})
 * @param itemId the item's own id as sent (NewsML-G2 guid, NITF doc-id)
 * @param version take or version label as written, e.g. {@code 1stLd-Writethru}, {@code REFILE}
 * @param priority the agency's priority as an IPTC urgency, 1 (flash) to 8 (lowest)
 * @param declaredWordCount the word count the header declares
 * @param kicker the topic line over the headline (NewsML-G2 XHTML header), null where none is sent
 */
public record Editorial(
    ParsedStatus status,
    String storyKey,
    String itemId,
    String version,
    Integer priority,
    String category,
    String service,
    String storyNumber,
    Integer declaredWordCount,
    Instant transmittedAt,
    Instant embargoUntil,
    String language,
    List<ParsedNote> notes,
    List<String> keywords,
    List<String> subjects,
    String kicker) {

  public static final Editorial NONE = builder().build();

  public Editorial {
    Objects.requireNonNull(status, "status");
    notes = List.copyOf(notes);
    keywords = List.copyOf(keywords);
    subjects = List.copyOf(subjects);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parsers fill this in as they read header, body and trailer, in whatever order they come. */
  public static final class Builder {
    private ParsedStatus status = ParsedStatus.STANDARD;
    private String storyKey;
    private String itemId;
    private String version;
    private Integer priority;
    private String category;
    private String service;
    private String storyNumber;
    private Integer declaredWordCount;
    private Instant transmittedAt;
    private Instant embargoUntil;
    private String language;
    private final List<ParsedNote> notes = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private final List<String> subjects = new ArrayList<>();
    private String kicker;

    private Builder() {}

    /** Sets the status unless a stronger one is already known (a kill is not undone by a note). */
    public Builder status(ParsedStatus candidate) {
      if (StatusRank.of(candidate) > StatusRank.of(status)) {
        status = candidate;
      }
      return this;
    }

    public ParsedStatus status() {
      return status;
    }

    public Builder storyKey(String value) {
      storyKey = blankToNull(value);
      return this;
    }

    public Builder itemId(String value) {
      itemId = blankToNull(value);
      return this;
    }

    public Builder version(String value) {
      version = blankToNull(value);
      return this;
    }

    public String version() {
      return version;
    }

    public Builder priority(Integer value) {
      priority = value;
      return this;
    }

    public Builder category(String value) {
      category = blankToNull(value);
      return this;
    }

    public Builder service(String value) {
      service = blankToNull(value);
      return this;
    }

    public Builder storyNumber(String value) {
      storyNumber = blankToNull(value);
      return this;
    }

    public Builder declaredWordCount(Integer value) {
      declaredWordCount = value;
      return this;
    }

    public Builder transmittedAt(Instant value) {
      transmittedAt = value;
      return this;
    }

    public Instant transmittedAt() {
      return transmittedAt;
    }

    public Builder embargoUntil(Instant value) {
      embargoUntil = value;
      return this;
    }

    public Builder language(String value) {
      language = blankToNull(value);
      return this;
    }

    public Builder note(ParsedNote.Kind kind, String text) {
      String cleaned = blankToNull(text);
      if (cleaned != null) {
        notes.add(new ParsedNote(kind, cleaned));
      }
      return this;
    }

    public Builder keyword(String value) {
      addOnce(keywords, value);
      return this;
    }

    public Builder subject(String value) {
      addOnce(subjects, value);
      return this;
    }

    public Builder kicker(String value) {
      kicker = blankToNull(value);
      return this;
    }

    public Editorial build() {
      return new Editorial(
          status,
          storyKey,
          itemId,
          version,
          priority,
          category,
          service,
          storyNumber,
          declaredWordCount,
          transmittedAt,
          embargoUntil,
          language,
          notes,
          keywords,
          subjects,
          kicker);
    }

    /** Keywords and subject codes are kept once each, in the order first given. */
    private static void addOnce(List<String> values, String value) {
      String cleaned = blankToNull(value);
      if (cleaned != null && !values.contains(cleaned)) {
        values.add(cleaned);
      }
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** Which status wins when a message signals several: withdrawal beats correction beats urgent. */
  private static final class StatusRank {
    private StatusRank() {}

    static int of(ParsedStatus status) {
      return switch (status) {
        case STANDARD -> 0;
        case REPEAT -> 1;
        case ADVISORY -> 2;
        case URGENT -> 3;
        case FLASH -> 4;
        case UPDATE -> 5;
        case EMBARGO -> 6;
        case HOLD -> 7;
        case CORRECTION -> 8;
        case WITHDRAWAL -> 9;
        case KILL -> 10;
      };
    }
  }
}
