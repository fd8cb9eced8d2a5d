package io.wirefeed.cli;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.serde.SchemaRegistryClients;
import io.wirefeed.topology.TopologyConfig;
import io.wirefeed.topology.WirefeedTopology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

  /**
   * The classes a demo run loads from the jar, in the order it loads them; see {@link
   * #preloadClasses}. Regenerate after a dependency upgrade: {@code java
   * -Dwirefeed.demo.noWarmUp=true -Xlog:class+load=info:file=classes.log -jar target/wirefeed.jar
   * demo --once}, then keep the names whose source is the jar, without {@code
   * io.wirefeed.cli.Main}, picocli and lambdas.
   */
  static final String CLASS_LIST = "startup-classes.txt";

  private StartupWarmUp() {}

  static void startInBackground(List<FeedMessage> feed) {
    Thread thread = new Thread(() -> warmUp(feed), "wirefeed-startup-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void warmUp(List<FeedMessage> feed) {
    try {
      preloadClasses();
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

  /**
   * Asks the just-started registry once for the stories' latest schema, on the thread that started
   * it, while the broker still starts on the main thread. The first request over {@code
   * java.net.http} sets up the client's defaults (the JDK's default TLS context among them) and the
   * registry's request path; done here, the processor's registry check later finds them ready. The
   * subject does not exist yet, so the answer is a 404 and nothing changes in the registry.
   */
  static void askRegistry(String url) {
    try {
      SchemaRegistryClients.forUrl(url).latest(TopologyConfig.Topics.DEFAULT.stories() + "-value");
    } catch (RuntimeException e) {
      // Expected (no such subject yet); anything else only loses the head start.
    }
  }

  /**
   * Loads, without initializing, the classes a demo run needs, in the order it needs them, ahead of
   * the main thread: the broker's start is mostly reading and defining some 4,000 classes from the
   * jar on one core, and here the second core does much of that. Loading only (no static
   * initializer runs here) cannot change what the classes do or deadlock with the main thread's
   * initialization; a name the jar no longer has is skipped.
   */
  private static void preloadClasses() throws IOException {
    ClassLoader loader = StartupWarmUp.class.getClassLoader();
    try (InputStream list = StartupWarmUp.class.getResourceAsStream(CLASS_LIST)) {
      if (list == null) {
        return;
      }
      var lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.US_ASCII));
      for (String name = lines.readLine(); name != null; name = lines.readLine()) {
        try {
          Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          // Gone from the jar, or not loadable on its own: the demo does not need it from here.
        }
      }
    }
  }
}
