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

  /** A story of this format, its fields filled in as a parser reads them. */
  public static Builder builder(ParsedFormat format) {
    return new Builder(format);
  }

  /** Every field but the format is optional; the charset defaults to UTF-8. */
  public static final class Builder {
    private final ParsedFormat format;
    private String agency;
    private String source;
    private String storyCode;
    private String slug;
    private String headline;
    private String byline;
    private ParsedDateline dateline;
    private List<ParsedBlock> body = List.of();
    private String signOff;
    private int wordCount;
    private String charset = "UTF-8";
    private Editorial editorial = Editorial.NONE;

    private Builder(ParsedFormat format) {
      this.format = Objects.requireNonNull(format, "format");
    }

    public Builder agency(String value) {
      agency = value;
      return this;
    }

    public Builder source(String value) {
      source = value;
      return this;
    }

    public Builder storyCode(String value) {
      storyCode = value;
      return this;
    }

    public Builder slug(String value) {
      slug = value;
      return this;
    }

    public Builder headline(String value) {
      headline = value;
      return this;
    }

    public Builder byline(String value) {
      byline = value;
      return this;
    }

    public Builder dateline(ParsedDateline value) {
      dateline = value;
      return this;
    }

    public Builder body(List<ParsedBlock> value) {
      body = value;
      return this;
    }

    public Builder signOff(String value) {
      signOff = value;
      return this;
    }

    public Builder wordCount(int value) {
      wordCount = value;
      return this;
    }

    public Builder charset(String value) {
      charset = value;
      return this;
    }

    public Builder editorial(Editorial value) {
      editorial = value;
      return this;
    }

    public ParsedStory build() {
      return new ParsedStory(
          format, agency, source, storyCode, slug, headline, byline, dateline, body, signOff,
          wordCount, charset, editorial);
    }
  }
}
