package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.avro.Origin;
import io.wirefeed.link.Signature;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.utils.ByteUtils;
import org.junit.jupiter.api.Test;

class LinkedStoryTest {

  private static final LinkedStory STORY =
      new LinkedStory(
          new Origin("wire.raw", 2, 1234567L), 3, new Signature(new int[] {7, 65535, 0, 42}, 99));

  @Test
  void roundTripsThroughItsBytes() {
    LinkedStory decoded = LinkedStory.decode(STORY.encode());

    assertThat(decoded.origin()).isEqualTo(STORY.origin());
    assertThat(decoded.messageIndex()).isEqualTo(3);
    assertThat(decoded.signature()).isEqualTo(STORY.signature());
  }

  @Test
  void itsBytesHaveNoSlackWhateverTheVarintsLengths() {
    long[] offsets = {-1L, 0L, 127L, 128L, 1234567L, Long.MAX_VALUE};
    int[] numbers = {-1, 0, 63, 64, 8191, 8192, Integer.MAX_VALUE};
    int[] minima = new int[128];
    Arrays.fill(minima, 65535);
    for (long offset : offsets) {
      for (int number : numbers) {
        var story =
            new LinkedStory(
                new Origin("wire.raw", number, offset),
                number,
                new Signature(minima, Math.max(1, number)));
        ByteBuffer bytes = ByteBuffer.wrap(story.encode());

        assertThat(LinkedStory.decode(bytes)).isEqualTo(story);
        assertThat(bytes.remaining()).as("bytes after the record").isZero();
      }
    }
  }

  @Test
  void aRecordWithTheFormer32BitMinimaIsReadAsTheirLow16Bits() {
    ByteBuffer version1 = ByteBuffer.allocate(64);
    version1.put((byte) 1);
    ByteUtils.writeVarint(3, version1); // message index
    ByteUtils.writeVarint(2, version1); // partition
    ByteUtils.writeVarlong(1234567L, version1);
    byte[] topic = "wire.raw".getBytes(StandardCharsets.UTF_8);
    ByteUtils.writeVarint(topic.length, version1);
    version1.put(topic);
    ByteUtils.writeVarint(99, version1); // shingles
    ByteUtils.writeVarint(4, version1); // minima
    version1.putInt(0x0003_0007).putInt(-1).putInt(0x7FFF_0000).putInt(42);

    LinkedStory decoded = LinkedStory.decode(Arrays.copyOf(version1.array(), version1.position()));

    assertThat(decoded.origin()).isEqualTo(STORY.origin());
    assertThat(decoded.signature()).isEqualTo(STORY.signature());
  }

  @Test
  void truncatedOrForeignBytesAreAClearSerializationError() {
    byte[] bytes = STORY.encode();

    assertThatThrownBy(() -> LinkedStory.decode(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a signature record of version 1 or 2");
    assertThatThrownBy(() -> LinkedStory.decode(new byte[] {9, 1, 2}))
        .isInstanceOf(SerializationException.class);
  }
}
