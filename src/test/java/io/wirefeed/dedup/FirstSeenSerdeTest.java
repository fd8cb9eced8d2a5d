package io.wirefeed.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class FirstSeenSerdeTest {

  @Test
  void roundTripsEveryField() {
    FirstSeen entry = new FirstSeen(3, 1_234_567_890L, 2, 1_700_000_000_123L);

    byte[] bytes = FirstSeenSerde.encode(entry);

    assertThat(FirstSeenSerde.decode(bytes)).isEqualTo(entry);
    assertThat(bytes)
        .as("version, seenAt, varint partition, offset and index")
        .hasSize(1 + 8 + 1 + 5 + 1);
  }

  @Test
  void refusesBytesThatAreNotAnEntry() {
    assertThatThrownBy(() -> FirstSeenSerde.decode(new byte[] {9, 9, 9}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("3 bytes");
    assertThatThrownBy(() -> FirstSeenSerde.decode(new byte[] {1, 0, 0}))
        .as("truncated")
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void expiresExactlyAtTheEndOfTheRetentionWindow() {
    FirstSeen entry = new FirstSeen(0, 0L, 0, 1_000L);
    Duration retention = Duration.ofMillis(500);

    assertThat(entry.expiredAt(1_499L, retention)).isFalse();
    assertThat(entry.expiredAt(1_500L, retention)).isTrue();
    assertThat(entry.expiredAt(10L, retention)).as("an out-of-order copy").isFalse();
  }
}
