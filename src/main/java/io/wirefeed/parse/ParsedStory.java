package io.wirefeed.parse;

import java.util.List;
import java.util.Objects;

/**
 * A story as a parser reads it from one wire message: no Kafka, no hash, no transport metadata.
 * Nullable fields are null when the format or the message does not carry them.
 */
public record ParsedStory(
    WireFormat format,
    String agency,
    String source,
    String storyCode,
    String slug,
    String headline,
    String byline,
    Dateline dateline,
    List<Block> body,
    String signOff,
    int wordCount,
    String charset) {

  public ParsedStory {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    body = List.copyOf(body);
  }
}
