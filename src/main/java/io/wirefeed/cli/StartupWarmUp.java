package io.wirefeed.cli;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.serde.SchemaRegistryClients;
import io.wirefeed.topology.TopologyConfig;
import io.wirefeed.topology.WirefeedTopology;
import java.util.List;
import java.util.Map;
import org.rocksdb.RocksDB;

/**
 * A head start for the demo: while the embedded broker starts on the main thread (about half the
 * demo's start-up, and mostly one core), a second thread loads and initializes what the processor
 * needs next: RocksDB's native library, which is unpacked from the jar, the Kafka Streams, client
 * and Avro classes, the topology and the parser. Nothing it does is used later; a failure here only
 * loses the head start, so it is ignored.
 */
final class StartupWarmUp {

  private static final String SCOPE = "startup-warm-up";
  private static final List<String> CLASSES =
      List.of(
          "org.apache.kafka.streams.KafkaStreams",
          "org.apache.kafka.streams.processor.internals.StreamThread",
          "org.apache.kafka.streams.processor.internals.StreamsPartitionAssignor",
          "org.apache.kafka.streams.state.internals.RocksDBStore",
          "org.apache.kafka.clients.admin.KafkaAdminClient",
          "org.apache.kafka.clients.consumer.KafkaConsumer",
          "org.apache.kafka.clients.producer.KafkaProducer",
          "org.apache.avro.specific.SpecificDatumWriter",
          "org.apache.avro.specific.SpecificDatumReader",
          "io.wirefeed.avro.Story");

  private StartupWarmUp() {}

  static void startInBackground(List<FeedMessage> feed) {
    Thread thread = new Thread(() -> warmUp(feed), "wirefeed-startup-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void warmUp(List<FeedMessage> feed) {
    try {
      RocksDB.loadLibrary();
      for (String name : CLASSES) {
        Class.forName(name, true, StartupWarmUp.class.getClassLoader());
      }
      Map<String, String> serdeConfig =
          Map.of("schema.registry.url", SchemaRegistryClients.MOCK_SCHEME + SCOPE);
      WirefeedTopology.build(
              new TopologyConfig(
                  TopologyConfig.Topics.DEFAULT,
                  TopologyConfig.DEFAULT_RETENTION,
                  TopologyConfig.DEFAULT_PURGE_INTERVAL,
                  ParseLimits.DEFAULTS,
                  serdeConfig))
          .describe();
      var parser = new WireMessageParser(ParseLimits.DEFAULTS);
      for (FeedMessage message : feed) {
        parser.parseAll(message.bytes());
      }
    } catch (Exception | LinkageError e) {
      // Only the head start is lost: the demo loads all of this again where it needs it.
    } finally {
      SchemaRegistryClients.dropScope(SCOPE);
    }
  }
}
