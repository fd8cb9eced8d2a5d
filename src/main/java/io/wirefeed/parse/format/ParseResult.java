package io.wirefeed.parse.format;

import io.wirefeed.story.ParsedStory;
import java.util.Objects;

/** What parsing one wire message gives: a story, or a failure with a reason a person can act on. */
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
