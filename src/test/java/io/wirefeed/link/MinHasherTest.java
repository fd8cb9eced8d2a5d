package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static final MinHasher HASHER = new MinHasher(LinkSettings.DEFAULTS);

  @Test
  void theEstimateFollowsTheExactJaccardWithinFourStandardErrors() {
    Random random = new Random(11);
    for (int trial = 0; trial < 20; trial++) {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        words.add("w" + random.nextInt(100_000));
      }
      String a = String.join(" ", words);
      String b = String.join(" ", words.subList(random.nextInt(300), 600));
      double exact = Shingles.jaccard(Shingles.distinct(a, 5), Shingles.distinct(b, 5));
      double estimate = HASHER.signature(a).get().similarity(HASHER.signature(b).get());
      double error = Math.sqrt(exact * (1 - exact) / 128);
      assertThat(estimate)
          .as("trial %d, exact %.3f", trial, exact)
          .isCloseTo(exact, within(4 * error + 0.01));
    }
  }

  @Test
  void caseTypographyPunctuationAndWrappingDoNotChangeTheSignature() {
    String text =
        "The port authority said it had opened talks with the union and hoped to resume loading"
            + " within two days. Its chairman called the walkout “unnecessary and costly” — and"
            + " said talks would go on through the night, whatever the union’s leaders decide"
            + " about the overtime rules and the new shifts at the container terminal.";
    String flattened =
        text.replace('“', '"')
            .replace('”', '"')
            .replace('’', '\'')
            .replace("—", "--")
            .replace(". ", ".\n\n")
            .toUpperCase(java.util.Locale.ROOT);

    assertThat(HASHER.signature(flattened)).isEqualTo(HASHER.signature(text));
  }

  @Test
  void textsShorterThanTheMinimumHaveNoSignature() {
    String thirtyNineWords = "word ".repeat(39);

    assertThat(HASHER.signature(thirtyNineWords)).isEmpty();
    assertThat(HASHER.signature(thirtyNineWords + "more")).isPresent();
  }

  @Test
  void unrelatedTextsShareNoBandAndIdenticalOnesShareTheFirst() {
    Signature a = HASHER.signature("alpha ".repeat(10) + randomWords(1, 200)).get();
    Signature b = HASHER.signature(randomWords(2, 200)).get();

    assertThat(a.lowestSharedBand(b, 10, 2)).isEqualTo(-1);
    assertThat(a.lowestSharedBand(a, 10, 2)).isZero();
    assertThat(a.containment(a)).isEqualTo(1.0);
  }

  @Test
  void settingsThatDoNotFitTogetherAreRefusedWithTheReason() {
    assertThatThrownBy(() -> new LinkSettings(5, 64, 20, 4, 0.5, 40))
        .hasMessageContaining("bands x rows (20 x 4) must not exceed the signature size 64");
    assertThatThrownBy(() -> new LinkSettings(5, 128, 20, 3, 1.5, 40))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> new LinkSettings(5, 128, 20, 3, 0.5, 3))
        .hasMessageContaining("at least the shingle length");
  }

  @Test
  void theSCurveIsTheBandingFormula() {
    assertThat(LinkSettings.DEFAULTS.candidateProbability(0.5)).isCloseTo(0.944, within(0.001));
    assertThat(LinkSettings.DEFAULTS.candidateProbability(0.3)).isCloseTo(0.611, within(0.001));
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  private static String randomWords(long seed, int count) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append('x').append(random.nextInt(1_000_000)).append(' ');
    }
    return text.toString();
  }
}
