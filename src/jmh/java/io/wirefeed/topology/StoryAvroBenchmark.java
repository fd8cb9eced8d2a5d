package io.wirefeed.topology;

import io.wirefeed.avro.Story;
import io.wirefeed.bench.FeedGenerator;
import io.wirefeed.dedup.SeenHeader;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.serde.SchemaRegistryClients;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Avro work the stream threads do for one published story, parse and record building excluded,
 * on one core: {@code serializedOnce} is the pipeline's path since issue 14 (the parse step writes
 * the published bytes and a {@link SeenHeader}); {@code serializedThrice} is the path before it
 * (the story serialized into the repartition topic, deserialized by dedup, serialized again into
 * {@code wire.stories}). Each invocation handles {@value #BATCH} stories of the bench feed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoryAvroBenchmark {

  static final int BATCH = 500;
  private static final String SCOPE = "story-avro-benchmark";

  private List<Story> stories;
  private ConfluentAvroSerde<Story> serde;

  /** The bench feed's stories as the pipeline publishes them, from a test driver. */
  @Setup(Level.Trial)
  public void publishTheFeed() throws IOException {
    Map<String, String> serdeConfig =
        Map.of("schema.registry.url", SchemaRegistryClients.MOCK_SCHEME + SCOPE);
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-avro-benchmark");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(
        StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("story-avro").toString());
    TopologyConfig config =
        new TopologyConfig(
            TopologyConfig.Topics.DEFAULT,
            TopologyConfig.DEFAULT_RETENTION,
            TopologyConfig.DEFAULT_PURGE_INTERVAL,
            ParseLimits.DEFAULTS,
            serdeConfig);
    serde = ConfluentAvroSerde.forValues(Story.class, serdeConfig);
    FeedGenerator feed = new FeedGenerator(42, 3_000, 0.0);
    try (var driver = new TopologyTestDriver(WirefeedTopology.build(config), properties)) {
      var raw =
          driver.createInputTopic("wire.raw", new ByteArraySerializer(), new ByteArraySerializer());
      var published =
          driver.createOutputTopic(
              "wire.stories", Serdes.String().deserializer(), serde.deserializer());
      stories = new ArrayList<>(BATCH);
      while (stories.size() < BATCH) {
        raw.pipeInput(feed.next().bytes());
        stories.addAll(published.readValuesToList());
      }
    }
  }

  @TearDown(Level.Trial)
  public void dropRegistry() {
    SchemaRegistryClients.dropScope(SCOPE);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void serializedOnce(Blackhole blackhole) {
    forEachStory(
        blackhole,
        story -> {
          RecordHeaders headers = new RecordHeaders();
          byte[] published = serde.serializer().serialize("wire.stories", headers, story);
          SeenHeader.add(headers, 0, 0L, 0, 0L);
          blackhole.consume(headers);
          return published;
        });
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void serializedThrice(Blackhole blackhole) {
    String repartition = "app-stories-by-hash-repartition";
    forEachStory(
        blackhole,
        story -> {
          byte[] hop = serde.serializer().serialize(repartition, story);
          Story deduped = serde.deserializer().deserialize(repartition, hop);
          return serde.serializer().serialize("wire.stories", deduped);
        });
  }

  private void forEachStory(Blackhole blackhole, Function<Story, byte[]> path) {
    for (int i = 0; i < BATCH; i++) {
      blackhole.consume(path.apply(story(i)));
    }
  }

  private Story story(int i) {
    return stories.get(i);
  }
}
