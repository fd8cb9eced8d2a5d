package io.wirefeed.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.avro.Origin;
import java.time.Duration;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class FirstSeenSerdeTest {

  @Test
  void roundTripsEveryField() {
    FirstSeen entry = new FirstSeen(new Origin("wire.raw", 3, 1_234_567_890L), 1_700_000_000_123L);

    byte[] bytes = FirstSeenSerde.encode(entry);

    assertThat(FirstSeenSerde.decode(bytes)).isEqualTo(entry);
    assertThat(bytes).hasSize(1 + 8 + 4 + 8 + "wire.raw".length());
  }

  @Test
  void refusesBytesThatAreNotAnEntry() {
    assertThatThrownBy(() -> FirstSeenSerde.decode(new byte[] {9, 9, 9}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("3 bytes");
  }

  @Test
  void expiresExactlyAtTheEndOfTheRetentionWindow() {
    FirstSeen entry = new FirstSeen(new Origin("wire.raw", 0, 0L), 1_000L);
    Duration retention = Duration.ofMillis(500);

    assertThat(entry.expiredAt(1_499L, retention)).isFalse();
    assertThat(entry.expiredAt(1_500L, retention)).isTrue();
    assertThat(entry.expiredAt(10L, retention)).as("an out-of-order copy").isFalse();
  }
}
