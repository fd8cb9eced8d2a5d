package io.wirefeed.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stream's linking, in memory and in one place: signatures added in order, each linked to the
 * earlier ones the link rule accepts, found through the same bands. For tools that need to know
 * what the pipeline will link (the demo's wait, the bench's expected output); not thread-safe.
 */
public final class LinkIndex {

  private final LinkSettings settings;
  private final LinkRule rule;
  private final List<Signature> added = new ArrayList<>();
  private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

  public LinkIndex(LinkSettings settings) {
    this.settings = settings;
    this.rule = new LinkRule(settings);
    for (int band = 0; band < settings.bands(); band++) {
      bands.add(new HashMap<>());
    }
  }

  /** Adds a signature; the positions of the earlier ones it is linked to, in order. */
  public List<Integer> add(Signature signature) {
    long[] keys = Bands.keys(signature, settings.bands(), settings.rows());
    Set<Integer> candidates = new LinkedHashSet<>();
    for (int band = 0; band < keys.length; band++) {
      candidates.addAll(bands.get(band).getOrDefault(keys[band], List.of()));
    }
    List<Integer> linked = new ArrayList<>();
    for (int earlier : candidates) {
      if (rule.links(signature, added.get(earlier))) {
        linked.add(earlier);
      }
    }
    int position = added.size();
    added.add(signature);
    for (int band = 0; band < keys.length; band++) {
      bands.get(band).computeIfAbsent(keys[band], k -> new ArrayList<>()).add(position);
    }
    linked.sort(null);
    return linked;
  }
}
