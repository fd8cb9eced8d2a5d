package io.wirefeed.resilience;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the processor must publish for a list of inputs, worked out with the same parser in this
 * JVM: the messages each input frames to, the distinct content hashes (one story each) and which
 * messages are rejects ({@code "input#message"}).
 */
record Expectation(
    Set<String> storyHashes, Set<String> rejectMessages, List<Integer> messagesPerInput) {

  static Expectation of(List<byte[]> inputs) {
    return of(inputs, ParseLimits.DEFAULTS);
  }

  static Expectation of(List<byte[]> inputs, ParseLimits limits) {
    var parser = new WireMessageParser(limits);
    Set<String> hashes = new HashSet<>();
    Set<String> rejects = new HashSet<>();
    List<Integer> messagesPerInput = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      List<MessageResult> messages = parser.parseAll(inputs.get(i));
      messagesPerInput.add(messages.size());
      for (MessageResult message : messages) {
        if (message.result() instanceof ParseResult.Parsed parsed) {
          hashes.add(ContentHash.of(parsed.story()));
        } else {
          rejects.add(i + "#" + message.index());
        }
      }
    }
    return new Expectation(Set.copyOf(hashes), Set.copyOf(rejects), List.copyOf(messagesPerInput));
  }

  /** Output records expected in all: one per framed message. */
  int outputs() {
    return messagesPerInput.stream().mapToInt(Integer::intValue).sum();
  }

  int duplicates() {
    return outputs() - storyHashes.size() - rejectMessages.size();
  }
}
