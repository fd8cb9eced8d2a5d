package io.wirefeed.parse;

import java.util.Objects;

/** One block of a story body, in reading order. */
public record Block(Kind kind, String text) {

  /** Names match the Avro {@code BlockKind} enum. */
  public enum Kind {
    PARAGRAPH,
    SUBHEAD,
    TABLE
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text);
  }

  public static Block subhead(String text) {
    return new Block(Kind.SUBHEAD, text);
  }

  /** A table, its lines and column spacing kept as sent. */
  public static Block table(String text) {
    return new Block(Kind.TABLE, text);
  }
}
