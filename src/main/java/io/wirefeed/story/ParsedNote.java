package io.wirefeed.story;

import java.util.Objects;

/** A note to editors that travels with a story but is not part of its body. */
public record ParsedNote(Kind kind, String text) {

  /** Names match the Avro {@code NoteKind} enum. */
  public enum Kind {
    EDITORS_NOTE,
    NOT_FOR_PUBLICATION,
    CORRECTION
  }

  public ParsedNote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
