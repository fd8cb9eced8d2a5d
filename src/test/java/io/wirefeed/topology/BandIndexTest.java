package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BandIndexTest {

  private final BandIndex index = new BandIndex(3);

  @Test
  void findsEachStoryOnceUnderAnyOfItsBandKeys() {
    index.add(hash(1), 100, new long[] {11, 12, 13});
    index.add(hash(2), 200, new long[] {21, 12, 23});

    assertThat(hashesWithAnyOf(11, 12, 13)).containsExactlyInAnyOrder(1, 2);
    assertThat(hashesWithAnyOf(23)).containsExactly(2);
    assertThat(hashesWithAnyOf(99)).isEmpty();
    int[] found = index.withAnyOf(new long[] {21});
    assertThat(index.timeAt(found[0])).isEqualTo(200);
    assertThat(index.recordedAt(hash(1))).isEqualTo(100);
    assertThat(index.recordedAt(hash(3))).isEqualTo(BandIndex.NOT_REMEMBERED);
  }

  @Test
  void aRemovedStoryLeavesTheOthersUnderTheKeysTheyShared() {
    index.add(hash(1), 100, new long[] {11, 12, 13});
    index.add(hash(2), 200, new long[] {21, 12, 23});
    index.add(hash(3), 300, new long[] {31, 12, 13});

    index.remove(hash(2));

    assertThat(hashesWithAnyOf(12)).containsExactlyInAnyOrder(1, 3);
    assertThat(hashesWithAnyOf(21, 23)).isEmpty();
    assertThat(index.recordedAt(hash(2))).isEqualTo(BandIndex.NOT_REMEMBERED);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void aStoryAddedAgainIsFoundOnlyUnderItsNewKeysAndTime() {
    index.add(hash(1), 100, new long[] {11, 12, 13});

    index.add(hash(1), 500, new long[] {14, 15});

    assertThat(hashesWithAnyOf(11, 12, 13)).isEmpty();
    assertThat(hashesWithAnyOf(14, 15)).containsExactly(1);
    assertThat(index.recordedAt(hash(1))).isEqualTo(500);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void hashesThatShareTheirFirstEightBytesAreToldApart() {
    byte[] one = hash(1);
    byte[] other = hash(1);
    other[31] = 7;

    index.add(one, 100, new long[] {11});
    index.add(other, 200, new long[] {12});
    index.remove(one);

    assertThat(index.recordedAt(one)).isEqualTo(BandIndex.NOT_REMEMBERED);
    assertThat(index.recordedAt(other)).isEqualTo(200);
    assertThat(index.hashAt(index.withAnyOf(new long[] {12})[0])).isEqualTo(other);
  }

  @Test
  void holdsAStoryInAFewHundredBytesAndReusesTheSlotsOfRemovedOnes() {
    BandIndex tenBands = new BandIndex(10);
    Random random = new Random(15);
    int stories = 100_000;
    for (int story = 0; story < stories; story++) {
      tenBands.add(hash(story), story, random.longs(10).toArray());
    }
    long full = tenBands.bytesAllocated();
    for (int story = 0; story < stories / 2; story++) {
      tenBands.remove(hash(story));
    }
    for (int story = stories; story < stories + stories / 2; story++) {
      tenBands.add(hash(story), story, random.longs(10).toArray());
    }

    assertThat(full / stories).isLessThan(650); // the slack of grown arrays and tables included
    assertThat(tenBands.bytesAllocated()).isEqualTo(full);
    assertThat(tenBands.size()).isEqualTo(stories);
  }

  private Set<Integer> hashesWithAnyOf(long... keys) {
    return Arrays.stream(index.withAnyOf(keys))
        .mapToObj(slot -> number(index.hashAt(slot)))
        .collect(Collectors.toSet());
  }

  /** A 32-byte hash that starts with the number. */
  private static byte[] hash(int number) {
    byte[] hash = new byte[32];
    hash[0] = (byte) (number >>> 24);
    hash[1] = (byte) (number >>> 16);
    hash[2] = (byte) (number >>> 8);
    hash[3] = (byte) number;
    return hash;
  }

  private static int number(byte[] hash) {
    return (hash[0] & 0xFF) << 24 | (hash[1] & 0xFF) << 16 | (hash[2] & 0xFF) << 8 | hash[3] & 0xFF;
  }
}
