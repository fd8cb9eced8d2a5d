package io.wirefeed.topology;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.bench.FeedGenerator;
import io.wirefeed.dedup.SeenHeader;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.ParseResult;
import io.wirefeed.parse.ParsedStory;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.serde.SchemaRegistryClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
 * The Avro work the stream threads do for one published story, parse excluded, on one core: {@code
 * serializedOnce} is the pipeline's path since issue 14 (the parse step writes the published bytes
 * and a {@link SeenHeader}); {@code serializedThrice} is the path before it (the story serialized
 * into the repartition topic, deserialized by dedup, serialized again into {@code wire.stories}).
 * Each invocation handles {@value #BATCH} stories of the bench feed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoryAvroBenchmark {

  static final int BATCH = 500;
  private static final String SCOPE = "story-avro-benchmark";

  private List<ParsedStory> parsed;
  private List<String> hashes;
  private ConfluentAvroSerde<Story> serde;
  private final Origin origin = new Origin("wire.raw", 0, 0L);

  @Setup(Level.Trial)
  public void parseTheFeed() {
    FeedGenerator feed = new FeedGenerator(42, 3_000, 0.0);
    WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);
    parsed = new ArrayList<>(BATCH);
    hashes = new ArrayList<>(BATCH);
    while (parsed.size() < BATCH) {
      if (parser.parse(feed.next().bytes()) instanceof ParseResult.Parsed story) {
        parsed.add(story.story());
        hashes.add(ContentHash.of(story.story()));
      }
    }
    serde =
        ConfluentAvroSerde.forValues(
            Story.class, Map.of("schema.registry.url", SchemaRegistryClients.MOCK_SCHEME + SCOPE));
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
    return StoryRecords.toAvro(parsed.get(i), hashes.get(i), Instant.EPOCH, origin, 0, 0);
  }
}
