package io.wirefeed.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One purge of the dedup state in RocksDB, with the same {@value #EXPIRED} entries expiring from
 * stores of different sizes. {@code indexed} is the purge through the {@link ExpiryIndex}; {@code
 * fullScan} is the earlier purge, which read every entry. Each iteration puts the expired entries
 * back and times one purge. {@code reindex} is the rebuild of the index at a task start.
 *
 * <p>Target (issue 14): {@code indexed} at 1,000,000 entries costs at most 2 x {@code indexed} at
 * 10,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
public class DedupPurgeBenchmark {

  static final int EXPIRED = 10_000;
  private static final Duration RETENTION = Duration.ofDays(7);
  private static final long NOW = 1_800_000_000_000L;

  /** Entries in the store, of which {@value #EXPIRED} expire. */
  @Param({"10000", "1000000"})
  public int entries;

  private Path stateDir;
  private KeyValueStore<Bytes, FirstSeen> store;
  private KeyValueStore<Bytes, byte[]> indexStore;
  private DedupState state;
  private Bytes[] expiring;

  @Setup(Level.Trial)
  public void fill() throws IOException {
    stateDir = Files.createTempDirectory("dedup-purge-bench");
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-purge-bench");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    var context = new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile());
    store =
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore("dedup-store"), Serdes.Bytes(), new FirstSeenSerde())
            .withLoggingDisabled()
            .build();
    indexStore =
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore("dedup-expiry-index"),
                Serdes.Bytes(),
                Serdes.ByteArray())
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
    indexStore.init(context.getStateStoreContext(), indexStore);
    state = new DedupState(store, indexStore, RETENTION);

    SplittableRandom random = new SplittableRandom(14);
    expiring = new Bytes[EXPIRED];
    for (int i = 0; i < EXPIRED; i++) {
      expiring[i] = hash(random);
    }
    long window = RETENTION.toMillis();
    for (int i = EXPIRED; i < entries; i++) {
      // Spread over the part of the window that does not expire yet.
      state.remember(hash(random), entry(i, NOW - random.nextLong(window - 1)), null);
    }
  }

  @Setup(Level.Iteration)
  public void putBackTheExpiring() {
    long window = RETENTION.toMillis();
    for (int i = 0; i < EXPIRED; i++) {
      // Spread over the day before the window's start.
      state.remember(expiring[i], entry(i, NOW - window - 1 - (i * 8_640L)), null);
    }
    store.flush();
    indexStore.flush();
  }

  @Benchmark
  public int indexed() {
    return requireAllExpired(state.purgeExpired(NOW));
  }

  /**
   * What a task start pays to rebuild the index, which has no changelog, from the entries: a read
   * of the whole store and a write per entry.
   */
  @Benchmark
  public void reindex() {
    state.reindex();
  }

  @Benchmark
  public int fullScan() {
    int removed = 0;
    try (KeyValueIterator<Bytes, FirstSeen> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<Bytes, FirstSeen> entry = all.next();
        if (entry.value.expiredAt(NOW, RETENTION)) {
          store.delete(entry.key);
          removed++;
        }
      }
    }
    // The index keeps its keys for these entries; putting them back writes the same keys.
    return requireAllExpired(removed);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    store.close();
    indexStore.close();
    try (Stream<Path> paths = Files.walk(stateDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static int requireAllExpired(int removed) {
    if (removed != EXPIRED) {
      throw new IllegalStateException("expected " + EXPIRED + " expired, removed " + removed);
    }
    return removed;
  }

  private static FirstSeen entry(int i, long seenAt) {
    return new FirstSeen(i % 6, i * 3L, 0, seenAt);
  }

  private static Bytes hash(SplittableRandom random) {
    byte[] hash = new byte[32];
    random.nextBytes(hash);
    return Bytes.wrap(hash);
  }
}
