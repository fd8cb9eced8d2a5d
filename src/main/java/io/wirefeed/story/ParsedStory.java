package io.wirefeed.story;

import java.util.List;
import java.util.Objects;

/**
 * A story as a parser reads it from one wire message: no Kafka, no hash, no transport metadata.
 * Nullable fields are null when the format or the message does not carry them.
 *
 * @param headline null where the message has none (plain text); an ANPA alert's first sentence
 * @param editorial status, version, priority, codes, times and notes
 */
public record ParsedStory(
    ParsedFormat format,
    String agency,
    String source,
    String storyCode,
    String slug,
    String headline,
    String byline,
    ParsedDateline dateline,
    List<ParsedBlock> body,
    String signOff,
    int wordCount,
    String charset,
    Editorial editorial) {

  public ParsedStory {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(editorial, "editorial");
    body = List.copyOf(body);
  }

  /** A story whose format carries no editorial metadata. */
  public ParsedStory(
      ParsedFormat format,
      String agency,
      String source,
      String storyCode,
      String slug,
      String headline,
      String byline,
      ParsedDateline dateline,
      List<ParsedBlock> body,
      String signOff,
      int wordCount,
      String charset) {
    this(
        format,
        agency,
        source,
        storyCode,
        slug,
        headline,
        byline,
        dateline,
        body,
        signOff,
        wordCount,
        charset,
        Editorial.NONE);
  }
}
