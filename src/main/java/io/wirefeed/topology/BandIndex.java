package io.wirefeed.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.Bytes;

/**
 * A band task's index in memory: which remembered stories have a band value, and when each was
 * recorded (which locates its entry in the {@link BandStore}). Derived from the store, never
 * changelogged: the link processor rebuilds it from the store's entries whenever its task starts,
 * after a restore, a migration or an exactly-once abort included.
 *
 * <p>About 120 bytes of heap per story plus about 56 per band the task owns (one hash map entry and
 * a boxed key): some 700 bytes per story with the default 10 bands on one band partition, so 70 MB
 * for 100,000 stories in the retention window. Band keys of different bands come from differently
 * seeded hashes, so one map serves all bands; a coincidence between two bands' keys would only add
 * a candidate, which the signatures then reject.
 */
final class BandIndex {

  private final Map<Bytes, Long> recordedAt = new HashMap<>();

  /** Band key → the hash of the one story with it, or a list of hashes when several have it. */
  private final Map<Long, Object> byBandKey = new HashMap<>();

  /** When the story was recorded, or null if it is not remembered. */
  Long recordedAt(byte[] hash) {
    return recordedAt.get(Bytes.wrap(hash));
  }

  int size() {
    return recordedAt.size();
  }

  void add(byte[] hash, long time, long[] bandKeys) {
    Bytes story = Bytes.wrap(hash);
    recordedAt.put(story, time);
    for (long key : bandKeys) {
      byBandKey.merge(key, story, BandIndex::join);
    }
  }

  void remove(byte[] hash, long[] bandKeys) {
    Bytes story = Bytes.wrap(hash);
    recordedAt.remove(story);
    for (long key : bandKeys) {
      byBandKey.computeIfPresent(key, (k, stories) -> without(stories, story));
    }
  }

  /** The stories that have one of these band keys, each once, in no particular order. */
  Set<Bytes> withAnyOf(long[] bandKeys) {
    Set<Bytes> found = new LinkedHashSet<>();
    for (long key : bandKeys) {
      Object stories = byBandKey.get(key);
      if (stories instanceof Bytes one) {
        found.add(one);
      } else if (stories != null) {
        @SuppressWarnings("unchecked")
        List<Bytes> several = (List<Bytes>) stories;
        found.addAll(several);
      }
    }
    return found;
  }

  void clear() {
    recordedAt.clear();
    byBandKey.clear();
  }

  @SuppressWarnings("unchecked")
  private static Object join(Object stories, Object story) {
    if (stories instanceof Bytes one) {
      if (one.equals(story)) {
        return one;
      }
      List<Bytes> several = new ArrayList<>(2);
      several.add(one);
      several.add((Bytes) story);
      return several;
    }
    List<Bytes> several = (List<Bytes>) stories;
    if (!several.contains(story)) {
      several.add((Bytes) story);
    }
    return several;
  }

  /** The stories without this one; null (the entry removed) when none is left. */
  @SuppressWarnings("unchecked")
  private static Object without(Object stories, Bytes story) {
    if (stories instanceof Bytes one) {
      return one.equals(story) ? null : one;
    }
    List<Bytes> several = (List<Bytes>) stories;
    several.remove(story);
    return several.isEmpty() ? null : several.size() == 1 ? several.get(0) : several;
  }
}
