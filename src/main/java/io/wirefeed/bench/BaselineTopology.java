package io.wirefeed.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The baselines' identity topology: bytes in, bytes out. With a repartition hop, the bytes also
 * pass through a repartition topic, as stories do on their way to the dedup store: what Kafka alone
 * costs for the pipeline's shape.
 */
final class BaselineTopology {

  private BaselineTopology() {}

  static Topology of(String input, String output, boolean repartitionHop) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<byte[], byte[]> raw =
        builder.stream(
            input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("source"));
    if (repartitionHop) {
      // Raw records have no key, and Streams drops null-key records at a repartition. A sequence
      // number spreads them over the partitions as the content hash spreads stories.
      AtomicLong sequence = new AtomicLong();
      raw =
          raw.<byte[]>selectKey(
                  (key, value) ->
                      Serdes.Long().serializer().serialize(null, sequence.incrementAndGet()),
                  Named.as("key-by-sequence"))
              .repartition(
                  Repartitioned.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("hop"));
    }
    raw.to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("sink"));
    return builder.build();
  }
}
