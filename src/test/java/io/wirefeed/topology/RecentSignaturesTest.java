package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.link.LinkSettings;
import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Signature;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecentSignaturesTest {

  private static final MinHasher HASHER = new MinHasher(LinkSettings.DEFAULTS);
  private static final String HASH = "ab".repeat(32);

  // Two texts of one length whose words differ: the same hash on both can only be a re-send, so
  // which signature comes back shows whether the second was signed again.
  private static final String TEXT = "the harbour board met again on monday. ".repeat(8);
  private static final String OTHER = "a county court sat later on thursday.. ".repeat(8);

  @Test
  void aReSendWithTheSameHashAndBlocksIsNotSignedAgain() {
    RecentSignatures signatures = new RecentSignatures(HASHER, 16);
    ParsedStory first = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, TEXT));
    ParsedStory resend = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, OTHER));

    var signature = signatures.signature(HASH, first);

    assertThat(signature).isEqualTo(HASHER.signature(first)).isPresent();
    assertThat(signatures.signature(HASH, resend)).isEqualTo(signature);
  }

  @Test
  void blocksOfOtherKindsOrLengthsAreSignedAfresh() {
    RecentSignatures signatures = new RecentSignatures(HASHER, 16);
    signatures.signature(HASH, story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, TEXT)));
    ParsedStory subheadFirst =
        story(
            new ParsedBlock(ParsedBlock.Kind.SUBHEAD, "Board"),
            new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, OTHER));
    ParsedStory longer = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, OTHER + "more"));

    assertThat(signatures.signature(HASH, subheadFirst)).isEqualTo(HASHER.signature(subheadFirst));
    assertThat(signatures.signature(HASH, longer)).isEqualTo(HASHER.signature(longer));
    assertThat(HASHER.signature(longer)).isNotEqualTo(HASHER.signature(subheadFirst));
  }

  @Test
  void anotherHashInTheSlotReplacesTheEntry() {
    RecentSignatures signatures = new RecentSignatures(HASHER, 1);
    ParsedStory first = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, TEXT));
    ParsedStory second = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, OTHER));

    signatures.signature(HASH, first);

    assertThat(signatures.signature("cd".repeat(32), second)).isEqualTo(HASHER.signature(second));
    assertThat(signatures.signature(HASH, first)).isEqualTo(HASHER.signature(first));
  }

  @Test
  void aSetKeepsItsFourNewestStoriesAndAFifthReplacesTheOldest() {
    RecentSignatures signatures = new RecentSignatures(HASHER, 4);
    ParsedStory first = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, TEXT));
    ParsedStory resend = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, OTHER));
    for (int i = 1; i <= 5; i++) { // four slots, one set: every hash falls in it
      signatures.signature(String.format("%064x", i), first);
    }

    for (int i = 2; i <= 5; i++) {
      assertThat(signatures.signature(String.format("%064x", i), resend))
          .as("story %d, one of the four newest", i)
          .isEqualTo(HASHER.signature(first));
    }
    assertThat(signatures.signature(String.format("%064x", 1), resend))
        .as("the oldest, replaced by the fifth")
        .isEqualTo(HASHER.signature(resend));
  }

  @Test
  void tooShortStoriesAreRememberedAsUnsigned() {
    RecentSignatures signatures = new RecentSignatures(HASHER, 16);
    ParsedStory alert = story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, "Quake hits coast"));

    assertThat(signatures.signature(HASH, alert)).isEmpty();
    assertThat(signatures.signature(HASH, alert)).isEmpty();
  }

  @Test
  void threadsSharingSlotsOnlyEverGetTheStorysOwnSignature() throws Exception {
    RecentSignatures signatures = new RecentSignatures(HASHER, 2);
    List<ParsedStory> stories = new ArrayList<>();
    List<Optional<Signature>> expected = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ParsedStory story =
          story(new ParsedBlock(ParsedBlock.Kind.PARAGRAPH, (TEXT + " story " + i).repeat(i + 1)));
      stories.add(story);
      expected.add(HASHER.signature(story));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        wrong.add(
            threads.submit(
                () -> {
                  Random random = new Random(seed);
                  int mismatches = 0;
                  for (int n = 0; n < 5_000; n++) {
                    int i = random.nextInt(stories.size());
                    String hash = String.format("%064x", i);
                    if (!signatures.signature(hash, stories.get(i)).equals(expected.get(i))) {
                      mismatches++;
                    }
                  }
                  return mismatches;
                }));
      }
      for (Future<Integer> mismatches : wrong) {
        assertThat(mismatches.get()).isZero();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theSlotsArePowerOfTwo() {
    assertThatThrownBy(() -> new RecentSignatures(HASHER, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power of two");
  }

  private static ParsedStory story(ParsedBlock... body) {
    return ParsedStory.builder(ParsedFormat.PLAIN_TEXT).body(List.of(body)).build();
  }
}
