package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

/** The word hash is MurmurHash3 x86 32-bit, as commons-codec computes it, at every length. */
class WordHashTest {

  @Test
  void agreesWithCommonsCodecForEveryLengthOffsetAndSeed() {
    Random random = new Random(16);
    for (int trial = 0; trial < 20_000; trial++) {
      int length = random.nextInt(40);
      int from = random.nextInt(8);
      byte[] bytes = new byte[from + length + WordHash.PADDING];
      random.nextBytes(bytes); // the bytes past the range must not matter either
      int seed = random.nextInt();

      assertThat(WordHash.of(bytes, from, length, seed))
          .as("length %d from %d", length, from)
          .isEqualTo(MurmurHash3.hash32x86(bytes, from, length, seed));
    }
  }

  @Test
  void readsNoFurtherThanThePaddingPastTheRange() {
    byte[] word = "news".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bytes = new byte[word.length + WordHash.PADDING];
    System.arraycopy(word, 0, bytes, 0, word.length);

    assertThat(WordHash.of(bytes, 0, word.length, 7))
        .isEqualTo(MurmurHash3.hash32x86(word, 0, word.length, 7));
  }
}
