package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.avro.Origin;
import io.wirefeed.link.Signature;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class LinkedStoryTest {

  private static final LinkedStory STORY =
      new LinkedStory(
          new Origin("wire.raw", 2, 1234567L), 3, new Signature(new int[] {7, -1, 0, 42}, 99));

  @Test
  void roundTripsThroughItsBytes() {
    LinkedStory decoded = LinkedStory.decode(STORY.encode());

    assertThat(decoded.origin()).isEqualTo(STORY.origin());
    assertThat(decoded.messageIndex()).isEqualTo(3);
    assertThat(decoded.signature()).isEqualTo(STORY.signature());
  }

  @Test
  void truncatedOrForeignBytesAreAClearSerializationError() {
    byte[] bytes = STORY.encode();

    assertThatThrownBy(() -> LinkedStory.decode(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a version-1 signature record");
    assertThatThrownBy(() -> LinkedStory.decode(new byte[] {9, 1, 2}))
        .isInstanceOf(SerializationException.class);
  }
}
