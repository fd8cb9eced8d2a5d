package io.wirefeed.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class DedupStateTest {

  private static final Duration RETENTION = Duration.ofMillis(1_000);

  private final KeyValueStore<Bytes, FirstSeen> entries =
      initialized(
          Stores.keyValueStoreBuilder(
                  Stores.inMemoryKeyValueStore("entries"), Serdes.Bytes(), new FirstSeenSerde())
              .withLoggingDisabled()
              .build());
  private final KeyValueStore<Bytes, byte[]> index =
      initialized(
          Stores.keyValueStoreBuilder(
                  Stores.inMemoryKeyValueStore("index"), Serdes.Bytes(), Serdes.ByteArray())
              .withLoggingDisabled()
              .build());
  private final DedupState state = new DedupState(entries, index, RETENTION);

  private static <V> KeyValueStore<Bytes, V> initialized(KeyValueStore<Bytes, V> store) {
    store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    return store;
  }

  @Test
  void everyEntryIsIndexedAtStartWhateverTheIndexAlreadyHeld() {
    // The index has no changelog: an empty one (an earlier version's state, a restore) and one
    // that lost writes (a crash before RocksDB flushed it) are both rebuilt from the entries.
    entries.put(hash(1), new FirstSeen(0, 1L, 0, 100));
    entries.put(hash(2), new FirstSeen(0, 2L, 0, 5_000));
    entries.put(hash(3), new FirstSeen(0, 3L, 0, 200));
    index.put(ExpiryIndex.indexKey(100, hash(1)), new byte[0]);

    state.reindex();
    state.reindex();

    assertThat(index.approximateNumEntries()).isEqualTo(3);
    assertThat(state.purgeExpired(1_200)).isEqualTo(2);
    assertThat(entries.get(hash(1))).isNull();
    assertThat(entries.get(hash(3))).isNull();
    assertThat(entries.get(hash(2))).isNotNull();
  }

  @Test
  void anIndexKeyLeftFromStateRolledBackUnderItNeverRemovesALiveEntry() {
    // The index kept a key for a time the entries no longer have (the entries store was restored
    // from its changelog to an earlier state, the local index was not): hash 1 now seen at 2,000.
    index.put(ExpiryIndex.indexKey(100, hash(1)), new byte[0]);
    index.put(ExpiryIndex.indexKey(150, hash(2)), new byte[0]);
    entries.put(hash(1), new FirstSeen(0, 9L, 0, 2_000));
    state.reindex();

    assertThat(state.purgeExpired(1_500))
        .as("hash 1's key at 100 is stale, hash 2 has no entry")
        .isZero();
    assertThat(entries.get(hash(1))).isNotNull();
    assertThat(index.approximateNumEntries()).as("only hash 1's own key is left").isEqualTo(1);
    assertThat(state.purgeExpired(3_000)).isEqualTo(1);
    assertThat(entries.get(hash(1))).isNull();
  }

  @Test
  void aReplacedEntryExpiresAtItsNewTimeOnly() {
    FirstSeen first = new FirstSeen(0, 1L, 0, 100);
    state.remember(hash(1), first, null);
    state.remember(hash(1), new FirstSeen(0, 9L, 0, 2_000), first);

    assertThat(state.purgeExpired(1_500)).as("the old time is no longer indexed").isZero();
    assertThat(state.purgeExpired(3_000)).isEqualTo(1);
    assertThat(entries.get(hash(1))).isNull();
    assertThat(index.approximateNumEntries()).isZero();
  }

  @Test
  void aCopyIsJudgedByItsOwnRecordTimeWhateverThePurgeDid() {
    FirstSeen first = new FirstSeen(0, 1L, 0, 100);

    assertThat(state.isWithinWindow(first, 1_099)).isTrue();
    assertThat(state.isWithinWindow(first, 1_100)).isFalse();
    assertThat(state.isWithinWindow(first, 50)).as("out of order, before it").isTrue();
  }

  private static Bytes hash(int seed) {
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) seed);
    return Bytes.wrap(hash);
  }
}
