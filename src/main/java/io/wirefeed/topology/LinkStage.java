package io.wirefeed.topology;

import io.wirefeed.avro.StoryLink;
import io.wirefeed.dedup.DedupDecision;
import io.wirefeed.serde.ConfluentAvroSerde;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

/**
 * The linking stage, a branch beside the stories sink so that it never holds a story back:
 *
 * <pre>
 * published story -> band record (its signature, which dedup took off the record; no body)
 *     -> link-bands repartition, multicast to the partitions owning its bands
 *     -> link (band store) -> wire.links
 * </pre>
 */
final class LinkStage {

  static final String STORE = "link-band-store";
  static final String REPARTITION = "link-bands";

  private LinkStage() {}

  /**
   * The band store, in memory with its changelog. The band index is in memory and rebuilt from
   * every entry whenever the task starts anyway; RocksDB's files only spared a clean restart the
   * read of the changelog, and cost a native put per story, a native get per candidate, and their
   * flushes and compactions. An entry is about 420 bytes of heap (a tree node, its key and the band
   * record's bytes).
   */
  static void addStore(StreamsBuilder builder) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(STORE), Serdes.Bytes(), Serdes.ByteArray()));
  }

  static void attach(KStream<String, DedupDecision> published, TopologyConfig config) {
    TopologyConfig.Linking linking = config.linking();
    var linkSerde = ConfluentAvroSerde.forValues(StoryLink.class, config.serdeConfig());
    published
        .processValues(BandRecord::new, Named.as("link-band-record"))
        .repartition(
            Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                .withName(REPARTITION)
                .withNumberOfPartitions(linking.partitions())
                .withStreamPartitioner(new BandPartitioner(linking.settings())))
        .process(
            () ->
                new LinkProcessor(
                    STORE,
                    linking.settings(),
                    linking.partitions(),
                    config.dedupRetention(),
                    config.dedupPurgeInterval()),
            Named.as("link"),
            STORE)
        .to(
            config.topics().links(),
            Produced.with(Serdes.String(), linkSerde).withName("links-sink"));
  }

  /**
   * A published story's signature as the value, no header; nothing without one. The dedup step took
   * the signature header off the record and put its value in the decision, so that neither this
   * branch nor the stories sink beside it copies the headers they share.
   */
  private static final class BandRecord
      implements FixedKeyProcessor<String, DedupDecision, byte[]> {
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, DedupDecision> record) {
      byte[] signature = ((DedupDecision.Publish) record.value()).linkSignature();
      if (signature != null) { // too short to link, or parsed with linking off
        context.forward(record.withValue(signature).withHeaders(new RecordHeaders()));
      }
    }
  }
}
