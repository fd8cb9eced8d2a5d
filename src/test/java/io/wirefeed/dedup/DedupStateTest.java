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
  void entriesFromBeforeTheIndexAreIndexedOnceAndThenExpire() {
    // State an earlier version left: entries, and no index.
    entries.put(hash(1), new FirstSeen(0, 1L, 0, 100));
    entries.put(hash(2), new FirstSeen(0, 2L, 0, 5_000));

    state.indexUnindexedEntries();
    state.indexUnindexedEntries();

    assertThat(index.approximateNumEntries()).isEqualTo(2);
    assertThat(state.purgeExpired(1_100)).isEqualTo(1);
    assertThat(entries.get(hash(1))).isNull();
    assertThat(entries.get(hash(2))).isNotNull();
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
