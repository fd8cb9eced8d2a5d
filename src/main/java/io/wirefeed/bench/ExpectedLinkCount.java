package io.wirefeed.bench;

import io.wirefeed.link.LinkIndex;
import io.wirefeed.link.LinkSettings;
import io.wirefeed.link.MinHasher;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.util.HashSet;
import java.util.Set;

/**
 * How many links the pipeline publishes for a feed: its distinct stories, in feed order, through
 * the same signature and link rule, so that a benchmark run can wait for the links as well.
 */
final class ExpectedLinkCount {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);
  private final MinHasher hasher;
  private final LinkIndex index;
  private final Set<String> seen = new HashSet<>();
  private long links;

  ExpectedLinkCount(LinkSettings settings) {
    this.hasher = new MinHasher(settings);
    this.index = new LinkIndex(settings);
  }

  void add(byte[] message) {
    for (MessageResult result : parser.parseAll(message)) {
      if (result.result() instanceof ParseResult.Parsed parsed
          && seen.add(ContentHash.of(parsed.story()))) {
        hasher.signature(parsed.story()).ifPresent(s -> links += index.add(s).size());
      }
    }
  }

  long links() {
    return links;
  }
}
