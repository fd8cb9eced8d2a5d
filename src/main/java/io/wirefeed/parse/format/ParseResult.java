package io.wirefeed.parse.format;

import io.wirefeed.story.ParsedStory;
import java.util.Objects;

/**
 * What parsing one wire message gives: a story, or a failure with a reason a person can act on.
 *
 * <p>One of three result types, each at its own level: this is a parser's verdict on decoded text;
 * {@code parse.MessageResult} adds where the message sat in its raw record; {@code
 * topology.ParseOutcome} is what the pipeline forwards (published bytes, or an Avro reject).
 */
public sealed interface ParseResult {

  record Parsed(ParsedStory story) implements ParseResult {
    public Parsed {
      Objects.requireNonNull(story, "story");
    }
  }

  record Failed(String reason) implements ParseResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static ParseResult parsed(ParsedStory story) {
    return new Parsed(story);
  }

  static ParseResult failed(String reason) {
    return new Failed(reason);
  }
}
