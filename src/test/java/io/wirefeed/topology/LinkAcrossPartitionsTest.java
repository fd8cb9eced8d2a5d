package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.StoryLink;
import io.wirefeed.link.LinkRule;
import io.wirefeed.link.LinkSettings;
import io.wirefeed.link.MinHasher;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.Fixtures;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.ParsedStory;
import io.wirefeed.testfeeds.FeedTransformations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The band tasks of several partitions together, fed as the band partitioner routes: every pair the
 * link rule accepts is reported exactly once, whatever the order and the partitions the copies came
 * in on.
 */
class LinkAcrossPartitionsTest {

  private static final LinkSettings SETTINGS = LinkSettings.DEFAULTS;
  private static final Duration RETENTION = Duration.ofDays(7);
  private static final long T0 = 1_700_000_000_000L;

  @TempDir Path stateDir;

  @Test
  void everyLinkedPairIsReportedOnceWithOnePartitionOrFive() {
    List<Signed> stories = feed();
    Set<String> expected = expectedPairs(stories);
    assertThat(expected).hasSizeGreaterThan(40);

    for (int partitions : new int[] {1, 5}) {
      for (long seed = 1; seed <= 3; seed++) {
        List<Signed> shuffled = new ArrayList<>(stories);
        Collections.shuffle(shuffled, new Random(seed));
        List<String> reported = run(shuffled, partitions);
        assertThat(reported)
            .as("%d partitions, order %d", partitions, seed)
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void aTaskStartedAgainOverItsStoreRebuildsItsIndexAndStillReportsEveryPairOnce() {
    List<Signed> stories = feed();
    Set<String> expected = expectedPairs(stories);
    var context = context(0, "restarted");
    var first = processor(1);
    first.init(context);
    int half = stories.size() / 2;
    stories.subList(0, half).forEach(story -> process(first, story));
    // A new instance over the same store, as after a rebalance or a restore: it knows only the
    // store, and must find the first half's stories through the index it rebuilds.
    var second = processor(1);
    second.init(context);
    stories.subList(half, stories.size()).forEach(story -> process(second, story));

    assertThat(reported(List.of(context)))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aTaskStartedAgainOverAWipedStoreForgetsWhatItIndexedBefore() {
    List<Signed> stories = feed();
    var processor = processor(1);
    processor.init(context(0, "before-wipe"));
    stories.subList(0, stories.size() / 2).forEach(story -> process(processor, story));
    // Exactly-once abort: the store is wiped and restored to the last commit (here: empty), and the
    // same processor instance is initialized again.
    var wiped = context(0, "after-wipe");
    processor.init(wiped);
    stories.subList(stories.size() / 2, stories.size()).forEach(story -> process(processor, story));

    List<Signed> secondHalf = stories.subList(stories.size() / 2, stories.size());
    assertThat(reported(List.of(wiped)))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expectedPairs(secondHalf));
  }

  @Test
  void keysOfTheEarlierStoreLayoutAreDeletedByTheFirstPurge() {
    var context = context(0, "earlier-layout");
    KeyValueStore<Bytes, byte[]> store = context.getStateStore(LinkStage.STORE);
    store.put(Bytes.wrap(new byte[] {'S', 1, 2}), new byte[] {1});
    store.put(Bytes.wrap(new byte[] {'B', 0, 3}), new byte[0]);
    store.put(Bytes.wrap(new byte[] {'T', 0, 4}), new byte[0]);
    var processor = processor(1);
    processor.init(context);
    Signed story = feed().get(0);
    process(processor, story);

    context.scheduledPunctuators().get(0).getPunctuator().punctuate(story.time());

    List<Byte> prefixes = new ArrayList<>();
    try (var all = store.all()) {
      all.forEachRemaining(entry -> prefixes.add(entry.key.get()[0]));
    }
    assertThat(prefixes).as("the one story's entry").containsExactly((byte) 'E');
  }

  private MockProcessorContext<String, StoryLink> context(int partition, String name) {
    var context =
        new MockProcessorContext<String, StoryLink>(
            new Properties(), new TaskId(2, partition), stateDir.resolve(name).toFile());
    var store =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(LinkStage.STORE), Serdes.Bytes(), Serdes.ByteArray())
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return context;
  }

  private static LinkProcessor processor(int partitions) {
    return new LinkProcessor(LinkStage.STORE, SETTINGS, partitions, RETENTION, Duration.ofHours(1));
  }

  private static void process(LinkProcessor processor, Signed story) {
    processor.process(new Record<>(story.hash(), story.linkedStory(), story.time()));
  }

  private static List<String> reported(List<MockProcessorContext<String, StoryLink>> contexts) {
    List<String> reported = new ArrayList<>();
    for (var context : contexts) {
      for (var forward : context.forwarded()) {
        StoryLink link = forward.record().value();
        reported.add(link.getContentHash() + "~" + link.getLinkedContentHash());
      }
    }
    return reported;
  }

  /** A story as the parse step signs it, arriving at a time and from a raw partition. */
  private record Signed(String hash, byte[] linkedStory, long time, ParsedStory story) {}

  private List<String> run(List<Signed> arrivals, int partitions) {
    List<MockProcessorContext<String, StoryLink>> contexts = new ArrayList<>();
    List<LinkProcessor> processors = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      var context = context(p, partitions + "-" + p);
      var processor = processor(partitions);
      processor.init(context);
      contexts.add(context);
      processors.add(processor);
    }
    var partitioner = new BandPartitioner(SETTINGS);
    for (Signed story : arrivals) {
      for (int p :
          partitioner
              .partitions("link-bands", story.hash(), story.linkedStory(), partitions)
              .get()) {
        process(processors.get(p), story);
      }
    }
    return reported(contexts);
  }

  private static Set<String> expectedPairs(List<Signed> stories) {
    var hasher = new MinHasher(SETTINGS);
    var rule = new LinkRule(SETTINGS);
    Set<String> pairs = new TreeSet<>();
    for (Signed a : stories) {
      for (Signed b : stories) {
        boolean aNewer = a.time() > b.time();
        if (aNewer
            && rule.links(hasher.signature(a.story()).get(), hasher.signature(b.story()).get())) {
          pairs.add(a.hash() + "~" + b.hash());
        }
      }
    }
    return pairs;
  }

  /** Our evaluation originals and every relayed copy of them, each from a raw partition of 4. */
  private static List<Signed> feed() {
    var parser = new WireMessageParser(ParseLimits.DEFAULTS);
    var hasher = new MinHasher(SETTINGS);
    List<Signed> signed = new ArrayList<>();
    Set<String> hashes = new TreeSet<>();
    List<String> originals = new ArrayList<>(FeedTransformations.ORIGINALS.subList(0, 4));
    originals.add("same-event-wildfire-evacuees.txt"); // same event as original-wildfire.txt
    for (String original : originals) {
      for (byte[] message : FeedTransformations.family(original)) {
        ParsedStory story = Fixtures.parsed(parser.parse(message));
        String hash = ContentHash.of(story);
        if (!hashes.add(hash)) {
          continue; // an exact copy: dedup drops it before linking
        }
        int n = signed.size();
        var linked =
            new LinkedStory(
                new Origin("wire.raw", n % 4, (long) n), 0, hasher.signature(story).orElseThrow());
        signed.add(new Signed(hash, linked.encode(), T0 + n * 1000L, story));
      }
    }
    return signed;
  }
}
