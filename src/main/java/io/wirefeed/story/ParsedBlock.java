package io.wirefeed.story;

import java.util.Objects;

/** One block of a story body, in reading order. */
public record ParsedBlock(Kind kind, String text) {

  /** Names match the Avro {@code BlockKind} enum. */
  public enum Kind {
    PARAGRAPH,
    SUBHEAD,
    TABLE
  }

  public ParsedBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static ParsedBlock paragraph(String text) {
    return new ParsedBlock(Kind.PARAGRAPH, text);
  }

  public static ParsedBlock subhead(String text) {
    return new ParsedBlock(Kind.SUBHEAD, text);
  }

  /** A table, its lines and column spacing kept as sent. */
  public static ParsedBlock table(String text) {
    return new ParsedBlock(Kind.TABLE, text);
  }
}
