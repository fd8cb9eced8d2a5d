package io.wirefeed.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class ExpiryIndexTest {

  private final KeyValueStore<Bytes, byte[]> store = Stores.inMemoryKeyValueStore("index").get();
  private final ExpiryIndex index = new ExpiryIndex(store);

  @Test
  void expiresExactlyTheEntriesSeenAtOrBeforeTheCutoffInTimeOrder() {
    // 255 and 256 differ in their last two bytes: byte order must still be time order.
    index.add(hash(1), 256);
    index.add(hash(2), 255);
    index.add(hash(3), 1_000_000);
    index.add(hash(4), 257);
    List<Bytes> expired = new ArrayList<>();

    int count = index.expireUpTo(256, expired::add);

    assertThat(count).isEqualTo(2);
    assertThat(expired).containsExactly(hash(2), hash(1));
    assertThat(store.approximateNumEntries()).isEqualTo(2);
    assertThat(index.expireUpTo(256, expired::add)).as("nothing left to expire").isZero();
  }

  @Test
  void aRemovedEntryNeverExpires() {
    index.add(hash(1), 10);
    index.add(hash(1), 20);
    index.remove(hash(1), 10);
    List<Bytes> expired = new ArrayList<>();

    index.expireUpTo(15, expired::add);
    assertThat(expired).isEmpty();
    index.expireUpTo(20, expired::add);
    assertThat(expired).containsExactly(hash(1));
  }

  @Test
  void keysAreTheTimeThenTheRaw32ByteHash() {
    Bytes key = ExpiryIndex.indexKey(0x0102L, hash(7));

    assertThat(key.get()).hasSize(8 + 32);
    assertThat(Arrays.copyOf(key.get(), 8)).containsExactly(0, 0, 0, 0, 0, 0, 1, 2);
    assertThat(ExpiryIndex.entryKey(key)).isEqualTo(hash(7));
  }

  private static Bytes hash(int seed) {
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) seed);
    return Bytes.wrap(hash);
  }
}
