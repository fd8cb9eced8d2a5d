package io.wirefeed.resilience;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.ParseResult;
import io.wirefeed.parse.WireMessageParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the processor must publish for a list of inputs, worked out with the same parser in this
 * JVM: the distinct content hashes (one story each) and which inputs are rejects.
 */
record Expectation(Set<String> storyHashes, Set<Integer> rejectIndexes, int inputs) {

  static Expectation of(List<byte[]> inputs) {
    return of(inputs, ParseLimits.DEFAULTS);
  }

  static Expectation of(List<byte[]> inputs, ParseLimits limits) {
    var parser = new WireMessageParser(limits);
    Set<String> hashes = new HashSet<>();
    Set<Integer> rejects = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (parser.parse(inputs.get(i)) instanceof ParseResult.Parsed parsed) {
        hashes.add(ContentHash.of(parsed.story()));
      } else {
        rejects.add(i);
      }
    }
    return new Expectation(Set.copyOf(hashes), Set.copyOf(rejects), inputs.size());
  }

  int duplicates() {
    return inputs - storyHashes.size() - rejectIndexes.size();
  }
}
