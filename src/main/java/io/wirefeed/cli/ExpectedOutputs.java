package io.wirefeed.cli;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.link.LinkIndex;
import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Signature;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.topology.TopologyConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * What the processor will publish for a demo run's feed, worked out here with the same parser and
 * link settings: one outcome per framed message, in input order, and the links among the stories it
 * publishes. So {@code demo} knows when everything is in, and {@code demo --once} can print each
 * line as soon as it is final.
 */
final class ExpectedOutputs {

  /** Every framed message, as {@link #key}, in input order. */
  private final List<String> inputs = new ArrayList<>();

  private final Map<String, Signature> signatures = new HashMap<>();
  private final TopologyConfig.Linking linking;

  /**
   * @param sent where each feed message landed on the raw topic, in feed order (one partition)
   */
  ExpectedOutputs(List<FeedMessage> feed, List<RecordMetadata> sent, TopologyConfig config) {
    this.linking = config.linking();
    var parser = new WireMessageParser(config.parseLimits());
    var hasher = new MinHasher(linking.settings());
    for (int i = 0; i < feed.size(); i++) {
      RecordMetadata where = sent.get(i);
      for (MessageResult message : parser.parseAll(feed.get(i).bytes())) {
        String key = key(where.partition(), where.offset(), message.index());
        inputs.add(key);
        if (linking.enabled() && message.result() instanceof ParseResult.Parsed parsed) {
          hasher.signature(parsed.story()).ifPresent(signature -> signatures.put(key, signature));
        }
      }
    }
  }

  /** How many outputs other than links the feed makes: one per framed message. */
  int outcomes() {
    return inputs.size();
  }

  /** The framed messages in input order, as {@link #key}. */
  List<String> inputs() {
    return inputs;
  }

  /** Counts links story by story, in the order the stories were published. */
  LinkCounter linkCounter() {
    return new LinkCounter();
  }

  /** The links a story gets to the stories added before it. */
  final class LinkCounter {
    private final LinkIndex index = new LinkIndex(linking.settings());

    int add(Story story) {
      Optional<Signature> signature =
          Optional.ofNullable(signatures.get(key(story.getOrigin(), story.getMessageIndex())));
      return signature.map(s -> index.add(s).size()).orElse(0);
    }
  }

  static String key(Origin origin, int messageIndex) {
    return key(origin.getPartition(), origin.getOffset(), messageIndex);
  }

  private static String key(int partition, long offset, int messageIndex) {
    return partition + "@" + offset + "#" + messageIndex;
  }
}
