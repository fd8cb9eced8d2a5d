package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkIndexTest {

  private static final LinkSettings SETTINGS = LinkSettings.DEFAULTS;

  @Test
  void findsThroughTheBandsExactlyThePairsTheRuleLinks() {
    var hasher = new MinHasher(SETTINGS);
    var rule = new LinkRule(SETTINGS);
    List<Signature> signatures = new ArrayList<>();
    Random random = new Random(7);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      words.add("w" + random.nextInt(5_000));
    }
    for (int copy = 0; copy < 30; copy++) {
      // Copies of one text, each missing a different stretch of up to half its words.
      List<String> text = new ArrayList<>(words);
      int from = random.nextInt(200);
      text.subList(from, from + random.nextInt(200)).clear();
      signatures.add(hasher.signature(String.join(" ", text)).orElseThrow());
    }

    var index = new LinkIndex(SETTINGS);
    int viaIndex = 0;
    int byRule = 0;
    for (int i = 0; i < signatures.size(); i++) {
      List<Integer> linked = index.add(signatures.get(i));
      viaIndex += linked.size();
      for (int j = 0; j < i; j++) {
        boolean links = rule.links(signatures.get(i), signatures.get(j));
        byRule += links ? 1 : 0;
        assertThat(linked.contains(j)).as("%d ~ %d", i, j).isEqualTo(links);
      }
    }
    assertThat(viaIndex).isEqualTo(byRule).isGreaterThan(100);
  }
}
