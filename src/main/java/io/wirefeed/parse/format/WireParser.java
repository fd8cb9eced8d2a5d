package io.wirefeed.parse.format;

import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.story.ParsedFormat;

/**
 * Reads one wire format. Implementations are pure and stateless; {@link WireMessageParser} picks
 * the first one that accepts a message.
 */
public interface WireParser {

  ParsedFormat format();

  /** Whether the text looks like this format; cheap, looks only at the start of the text. */
  boolean accepts(DecodedText text);

  /** Parses text that this parser accepts. */
  ParseResult parse(DecodedText text);
}
