package io.wirefeed.topology;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.dedup.DedupDecision;
import io.wirefeed.dedup.DedupProcessor;
import io.wirefeed.dedup.DuplicateSource;
import io.wirefeed.dedup.FirstSeenSerde;
import io.wirefeed.link.MinHasher;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.serde.ConfluentAvroSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole processor as one pure function from config to {@link Topology}.
 *
 * <pre>
 * wire.raw -> parse -+-> rejects                                 -> wire.rejects
 *                    +-> key by hash -> repartition -> dedup -+-> -> wire.stories
 *                                                             |   +-> link stage -> wire.links
 *                                                             +-> -> wire.duplicates
 * </pre>
 *
 * A story is serialized once, in parse, into the bytes that {@code wire.stories} carries; the
 * repartition topic and dedup pass them on as they are (see {@link ParseProcessor}). With linking
 * on, the parse step computes each story's MinHash signature and carries it in a record header to
 * dedup, which takes it off the record and hands a published story's signature on in its decision:
 * the link stage ({@link LinkStage}) reads only that, and nothing published carries the header.
 *
 * <p>Every node, store and internal topic is named, so that a rename is a conscious, visible change
 * (see the golden description test).
 */
public final class WirefeedTopology {

  public static final String DEDUP_STORE = "dedup-store";
  public static final String DEDUP_EXPIRY_INDEX = "dedup-expiry-index";
  public static final String REPARTITION = "stories-by-hash";
  public static final String LINK_STORE = LinkStage.STORE;
  public static final String LINK_REPARTITION = LinkStage.REPARTITION;

  private WirefeedTopology() {}

  public static Topology build(TopologyConfig config) {
    return build(config, PipelineMetrics.NONE);
  }

  /**
   * @param metrics told of every parse and reject; must be thread-safe
   */
  public static Topology build(TopologyConfig config, PipelineMetrics metrics) {
    TopologyConfig.Topics topics = config.topics();
    var storySerde = ConfluentAvroSerde.forValues(Story.class, config.serdeConfig());
    var rejectSerde = ConfluentAvroSerde.forValues(Reject.class, config.serdeConfig());
    var duplicateSerde = ConfluentAvroSerde.forValues(Duplicate.class, config.serdeConfig());
    var parser = new WireMessageParser(config.parseLimits());
    // One per instance, shared by its tasks: a re-send is signed once, whichever task parses it.
    RecentSignatures signatures =
        config.linking().enabled()
            ? new RecentSignatures(
                new MinHasher(config.linking().settings()), RecentSignatures.DEFAULT_SLOTS)
            : null;

    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DEDUP_STORE), Serdes.Bytes(), new FirstSeenSerde()));
    // Derived from the dedup store and rebuilt from it at every task start (DedupState), so it
    // needs no changelog: one changelog record per story instead of two.
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DEDUP_EXPIRY_INDEX),
                Serdes.Bytes(),
                Serdes.ByteArray())
            .withLoggingDisabled());
    if (signatures != null) {
      LinkStage.addStore(builder);
    }

    builder.stream(
            topics.raw(),
            Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("wire-raw-source"))
        .processValues(
            () ->
                new ParseProcessor(
                    parser, signatures, metrics, storySerde.serializer(), topics.stories()),
            Named.as("parse"))
        .split(Named.as("parsed-"))
        .branch(
            (key, outcome) -> outcome instanceof ParseOutcome.Rejected,
            Branched.withConsumer(
                rejected ->
                    rejected
                        .mapValues(
                            outcome -> ((ParseOutcome.Rejected) outcome).reject(),
                            Named.as("reject-record"))
                        .to(
                            topics.rejects(),
                            Produced.with(Serdes.ByteArray(), rejectSerde)
                                .withName("rejects-sink")),
                "rejected"))
        .defaultBranch(
            Branched.withConsumer(
                accepted -> deduplicate(accepted, config, storySerde, duplicateSerde), "accepted"));
    return builder.build();
  }

  private static void deduplicate(
      KStream<byte[], ParseOutcome> accepted,
      TopologyConfig config,
      ConfluentAvroSerde<Story> storySerde,
      ConfluentAvroSerde<Duplicate> duplicateSerde) {
    TopologyConfig.Topics topics = config.topics();
    var duplicateReader = DuplicateSource.deserializer(config.serdeConfig());
    accepted
        .map(
            (key, outcome) -> {
              var story = (ParseOutcome.Accepted) outcome;
              return KeyValue.pair(story.contentHash(), story.story());
            },
            Named.as("key-by-content-hash"))
        // The stories' published bytes, as they are: no subject is registered for this topic.
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(REPARTITION))
        .process(
            () ->
                new DedupProcessor(
                    DEDUP_STORE,
                    DEDUP_EXPIRY_INDEX,
                    config.dedupRetention(),
                    config.dedupPurgeInterval(),
                    topics.stories(),
                    duplicateReader,
                    storySerde,
                    LinkedStory.HEADER),
            Named.as("dedup"),
            DEDUP_STORE,
            DEDUP_EXPIRY_INDEX)
        .split(Named.as("deduped-"))
        .branch(
            (hash, decision) -> decision instanceof DedupDecision.Drop,
            Branched.withConsumer(
                dropped ->
                    dropped
                        .mapValues(
                            decision -> ((DedupDecision.Drop) decision).duplicate(),
                            Named.as("duplicate-record"))
                        .to(
                            topics.duplicates(),
                            Produced.with(Serdes.String(), duplicateSerde)
                                .withName("duplicates-sink")),
                "dropped"))
        .defaultBranch(
            Branched.withConsumer(
                published -> {
                  published
                      .mapValues(
                          decision -> ((DedupDecision.Publish) decision).story(),
                          Named.as("story-record"))
                      .to(
                          topics.stories(),
                          Produced.with(Serdes.String(), Serdes.ByteArray())
                              .withName("stories-sink"));
                  if (config.linking().enabled()) {
                    LinkStage.attach(published, config);
                  }
                },
                "published"));
  }
}
