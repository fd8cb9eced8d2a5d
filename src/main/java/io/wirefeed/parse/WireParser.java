package io.wirefeed.parse;

/**
 * Reads one wire format. Implementations are pure and stateless; {@link WireMessageParser} picks
 * the first one that accepts a message.
 */
public interface WireParser {

  WireFormat format();

  /** Whether the text looks like this format; cheap, looks only at the start of the text. */
  boolean accepts(DecodedText text);

  /** Parses text that this parser accepts. */
  ParseResult parse(DecodedText text);
}
