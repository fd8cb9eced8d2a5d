package io.wirefeed.cli;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.link.LinkIndex;
import io.wirefeed.link.LinkSettings;
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
 * How many links the processor will publish for the stories a demo run published: the pairs among
 * them that the link rule accepts, computed here from the same parser and settings, so that {@code
 * demo --once} can wait for the links as it waits for the stories.
 */
final class ExpectedLinks {

  private final Map<String, Signature> signatures = new HashMap<>();
  private final LinkSettings settings;

  /**
   * @param sent where each feed message landed on the raw topic, in feed order
   */
  ExpectedLinks(List<FeedMessage> feed, List<RecordMetadata> sent, TopologyConfig config) {
    TopologyConfig.Linking linking = config.linking();
    this.settings = linking.settings();
    if (!linking.enabled()) {
      return;
    }
    var parser = new WireMessageParser(config.parseLimits());
    var hasher = new MinHasher(linking.settings());
    for (int i = 0; i < feed.size(); i++) {
      RecordMetadata where = sent.get(i);
      for (MessageResult message : parser.parseAll(feed.get(i).bytes())) {
        if (message.result() instanceof ParseResult.Parsed parsed) {
          Optional<Signature> signature = hasher.signature(parsed.story());
          signature.ifPresent(
              s ->
                  signatures.put(
                      key(where.topic(), where.partition(), where.offset(), message.index()), s));
        }
      }
    }
  }

  /** The links among these published stories. */
  int among(List<Story> published) {
    List<Signature> signed = new ArrayList<>();
    for (Story story : published) {
      Origin origin = story.getOrigin();
      Signature signature =
          signatures.get(
              key(
                  origin.getTopic(),
                  origin.getPartition(),
                  origin.getOffset(),
                  story.getMessageIndex()));
      if (signature != null) {
        signed.add(signature);
      }
    }
    var index = new LinkIndex(settings);
    int links = 0;
    for (Signature signature : signed) {
      links += index.add(signature).size();
    }
    return links;
  }

  private static String key(String topic, int partition, long offset, int messageIndex) {
    return topic + "/" + partition + "@" + offset + "#" + messageIndex;
  }
}
