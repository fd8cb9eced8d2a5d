package io.wirefeed.parse;

/**
 * Upper bounds on the work one message may cause, so a hostile or broken message cannot stall the
 * stream.
 *
 * @param maxMessageBytes raw messages larger than this are rejected before decoding ({@code
 *     parse.max.message.bytes})
 * @param maxLines decoded messages with more lines than this are rejected before parsing ({@code
 *     parse.max.lines})
 */
public record ParseLimits(int maxMessageBytes, int maxLines) {

  public static final ParseLimits DEFAULTS = new ParseLimits(1_048_576, 50_000);

  public ParseLimits {
    if (maxMessageBytes <= 0) {
      throw new IllegalArgumentException("maxMessageBytes must be positive: " + maxMessageBytes);
    }
    if (maxLines <= 0) {
      throw new IllegalArgumentException("maxLines must be positive: " + maxLines);
    }
  }
}
