package io.wirefeed.topology;

import io.wirefeed.avro.StoryLink;
import io.wirefeed.serde.ConfluentAvroSerde;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.ValueMapper;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

/**
 * The linking stage, a branch beside the stories sink so that it never holds a story back:
 *
 * <pre>
 * published story -> band record (the signature header, no body) -> link-bands repartition,
 *     multicast to the partitions owning its bands -> link (band store) -> wire.links
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

  static <V> void attach(KStream<String, V> published, TopologyConfig config) {
    TopologyConfig.Linking linking = config.linking();
    var linkSerde = ConfluentAvroSerde.forValues(StoryLink.class, config.serdeConfig());
    published
        .processValues(BandRecord<V>::new, Named.as("link-band-record"))
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
   * The records users read, each value mapped and without the signature header: one node per record
   * that unwraps the value and drops the header, where a mapping and a header copy took two.
   */
  static <V, W> KStream<String, W> withoutSignature(
      KStream<String, V> stream, ValueMapper<V, W> value, String name) {
    return stream.processValues(() -> new WithoutSignature<V, W>(value), Named.as(name));
  }

  /** A published story's signature header as the value, no other header; nothing without one. */
  private static final class BandRecord<V> implements FixedKeyProcessor<String, V, byte[]> {
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
      Header signature = record.headers().lastHeader(LinkedStory.HEADER);
      if (signature != null) { // too short to link, or parsed with linking off
        context.forward(record.withValue(signature.value()).withHeaders(new RecordHeaders()));
      }
    }
  }

  private static final class WithoutSignature<V, W> implements FixedKeyProcessor<String, V, W> {
    private final ValueMapper<V, W> value;
    private FixedKeyProcessorContext<String, W> context;

    WithoutSignature(ValueMapper<V, W> value) {
      this.value = value;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, W> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
      Headers headers = record.headers();
      if (headers.lastHeader(LinkedStory.HEADER) != null) {
        // A copy: the band record reads the header from the same record, perhaps after this.
        headers = new RecordHeaders(headers.toArray());
        headers.remove(LinkedStory.HEADER);
      }
      context.forward(record.withValue(value.apply(record.value())).withHeaders(headers));
    }
  }
}
