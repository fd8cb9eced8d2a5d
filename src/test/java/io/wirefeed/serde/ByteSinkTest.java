package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSinkTest {

  @Test
  void keepsEveryByteInOrderWhileGrowingFarPastItsFirstSize() {
    Random random = new Random(7);
    ByteSink sink = new ByteSink(16);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 500; i++) {
      byte[] chunk = new byte[random.nextInt(100)];
      random.nextBytes(chunk);
      int offset = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
      sink.write(chunk, offset, chunk.length - offset);
      expected.write(chunk, offset, chunk.length - offset);
      sink.write(i);
      expected.write(i);
      sink.writeInt(i * 7919);
      expected.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(i * 7919).array());
    }
    assertThat(sink.size()).isEqualTo(expected.size());
    assertThat(sink.toByteArray()).isEqualTo(expected.toByteArray());
  }
}
