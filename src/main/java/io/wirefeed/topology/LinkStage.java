package io.wirefeed.topology;

import io.wirefeed.avro.StoryLink;
import io.wirefeed.serde.ConfluentAvroSerde;
import org.apache.kafka.common.header.Header;
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
 * published story -> band record (the signature header, no body) -> link-bands repartition,
 *     multicast to the partitions owning its bands -> link (band store) -> wire.links
 * </pre>
 */
final class LinkStage {

  static final String STORE = "link-band-store";
  static final String REPARTITION = "link-bands";

  private LinkStage() {}

  static void addStore(StreamsBuilder builder) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STORE), Serdes.Bytes(), Serdes.ByteArray()));
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

  /** The same records without the signature header, for the topics users read. */
  static <V> KStream<String, V> withoutSignature(KStream<String, V> stream, String name) {
    return stream.processValues(WithoutSignature::new, Named.as(name));
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

  private static final class WithoutSignature<V> implements FixedKeyProcessor<String, V, V> {
    private FixedKeyProcessorContext<String, V> context;

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
      RecordHeaders headers = new RecordHeaders(record.headers().toArray());
      headers.remove(LinkedStory.HEADER);
      context.forward(record.withHeaders(headers));
    }
  }
}
