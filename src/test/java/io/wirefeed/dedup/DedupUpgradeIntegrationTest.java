package io.wirefeed.dedup;

import static io.wirefeed.dedup.DedupTestPipeline.A;
import static io.wirefeed.dedup.DedupTestPipeline.B;
import static io.wirefeed.dedup.DedupTestPipeline.C;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.embedded.EmbeddedKafkaExtension;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.embedded.KafkaTestClients;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.runtime.StreamsApplication;
import io.wirefeed.topology.WirefeedTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * State an earlier version left, with the expiry index changelogged, is taken over as it is: the
 * same state dir and application id, a local index store with a checkpointed changelog that the
 * index no longer has. The entries decide as before, and the index rebuilt from them purges.
 */
class DedupUpgradeIntegrationTest {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Duration RETENTION = DedupTestPipeline.RETENTION;
  private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
  private static final String APPLICATION = "wirefeed-upgrade";
  private static final String EARLIER_INPUT = "upgrade.earlier-layout";

  @Test
  void stateWithAChangeloggedIndexIsTakenOver(@TempDir Path state) throws Exception {
    try (var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      WirefeedConfig config =
          DedupTestPipeline.config(kafka.bootstrapServers(), registry.url(), APPLICATION, state);
      String hashA = hash(config, A);
      String hashB = hash(config, B);
      rememberInTheEarlierLayout(config, Map.of(hashA, T0, hashB, T0.plus(Duration.ofDays(2))));

      try (StreamsApplication upgraded = StreamsApplication.start(config)) {
        upgraded.awaitRunning(WAIT);
        send("a-copy", A, T0.plus(Duration.ofHours(1)));
        send("c", C, T0.plus(Duration.ofDays(8)));
        send("b-copy", B, T0.plus(Duration.ofDays(8)).plusSeconds(1));

        assertThat(read("wire.duplicates", 2).stream().map(ConsumerRecord::key).toList())
            .as("both copies judged by the entries the earlier version wrote")
            .containsExactly(hashA, hashB);
        assertThat(read("wire.stories", 1).get(0).key()).isNotIn(hashA, hashB);
        // The earlier version's two entries, C's, then one purge: A's, as B was still found.
        List<ConsumerRecord<String, String>> entries =
            read(APPLICATION + "-" + WirefeedTopology.DEDUP_STORE + "-changelog", 4);
        assertThat(entries)
            .extracting(ConsumerRecord::value)
            .as("A's entry purged through the index rebuilt from the entries")
            .containsOnlyOnce((String) null)
            .endsWith((String) null);
      }
    }
  }

  /**
   * Runs the dedup stores as the version before this one had them, both changelogged, and puts an
   * entry per hash the way that version did; then closes cleanly, which checkpoints both.
   */
  private static void rememberInTheEarlierLayout(WirefeedConfig config, Map<String, Instant> seen)
      throws Exception {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(EARLIER_INPUT, Optional.of(1), Optional.empty())));
    }
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(WirefeedTopology.DEDUP_STORE),
            Serdes.Bytes(),
            new FirstSeenSerde()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(WirefeedTopology.DEDUP_EXPIRY_INDEX),
            Serdes.Bytes(),
            Serdes.ByteArray()));
    // Same shape as the pipeline: the stores sit behind the same repartition, in the same task.
    builder.stream(EARLIER_INPUT, Consumed.with(Serdes.String(), Serdes.Long()))
        .repartition(
            Repartitioned.with(Serdes.String(), Serdes.Long())
                .withName(WirefeedTopology.REPARTITION))
        .process(
            EarlierDedup::new,
            Named.as("dedup"),
            WirefeedTopology.DEDUP_STORE,
            WirefeedTopology.DEDUP_EXPIRY_INDEX);
    try (var streams = new KafkaStreams(builder.build(), config.streamsProperties());
        var producer =
            new KafkaProducer<>(producerConfig(), new StringSerializer(), new LongSerializer())) {
      streams.start();
      for (var entry : seen.entrySet()) {
        long time = entry.getValue().toEpochMilli();
        producer.send(new ProducerRecord<>(EARLIER_INPUT, null, time, entry.getKey(), time)).get();
      }
      read(APPLICATION + "-" + WirefeedTopology.DEDUP_EXPIRY_INDEX + "-changelog", seen.size());
    }
  }

  /** The earlier version's writes: an entry and its index key, in two changelogged stores. */
  private static final class EarlierDedup implements Processor<String, Long, Void, Void> {
    private DedupState state;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      KeyValueStore<Bytes, FirstSeen> entries = context.getStateStore(WirefeedTopology.DEDUP_STORE);
      KeyValueStore<Bytes, byte[]> index =
          context.getStateStore(WirefeedTopology.DEDUP_EXPIRY_INDEX);
      state = new DedupState(entries, index, RETENTION);
    }

    @Override
    public void process(Record<String, Long> record) {
      state.remember(
          DedupProcessor.storeKey(record.key()), new FirstSeen(0, 7L, 0, record.value()), null);
    }
  }

  private static String hash(WirefeedConfig config, String message) {
    var parsed =
        (ParseResult.Parsed)
            new WireMessageParser(config.topology().parseLimits())
                .parse(message.getBytes(StandardCharsets.UTF_8));
    return ContentHash.of(parsed.story());
  }

  private static void send(String key, String value, Instant timestamp) throws Exception {
    DedupTestPipeline.send(kafka.bootstrapServers(), key, value, timestamp);
  }

  private static Map<String, Object> producerConfig() {
    return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
  }

  private static Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
  }

  private static List<ConsumerRecord<String, String>> read(String topic, int expected) {
    return KafkaTestClients.readCommitted(kafka.bootstrapServers(), topic, expected, WAIT);
  }
}
