package io.wirefeed.parse.format;

import java.util.List;

/**
 * The one door to the wire format parsers, which stay package-private behind {@link WireParser}.
 */
public final class WireParsers {

  private WireParsers() {}

  /**
   * One parser per wire format. A message framed as plain text goes to the first that accepts it,
   * so plain text, which accepts everything, comes last.
   */
  public static List<WireParser> all() {
    return List.of(
        new ZczcTelexParser(),
        new Anpa1312Parser(),
        new Iptc7901Parser(),
        new NitfParser(),
        new NewsMl1Parser(),
        new NewsMlG2Parser(),
        new PlainTextParser());
  }
}
