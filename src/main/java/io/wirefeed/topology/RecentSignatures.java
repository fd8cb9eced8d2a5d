package io.wirefeed.topology;

import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Signature;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedStory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The signatures of the stories parsed last, by content hash, so that a re-send (which dedup then
 * drops, or publishes afresh after the retention) is not signed again: signing is most of what
 * linking costs the parse step, and re-sends are a large share of a wire feed.
 *
 * <p>A signature is a function of the story's paragraphs, canonicalized; the content hash is that
 * of the canonical headline and blocks joined, so two copies with one hash have the same canonical
 * words unless their blocks are cut or kinded differently. An entry is therefore used only for a
 * story with the same hash and the same blocks' kinds and lengths; anything else is signed afresh.
 *
 * <p>Direct-mapped and bounded: a slot per hash's low bits, a newer story replaces the one in its
 * slot. Shared by the instance's stream threads; entries are immutable, so a race only signs a
 * story again. About 800 bytes per slot.
 */
final class RecentSignatures {

  /**
   * 16,384 slots, about 13 MB per instance: in the bench feed (re-sends of any of the last 10,000
   * stories) two thirds of the re-sends are found, half with 8,192; a real feed re-sends sooner.
   */
  static final int DEFAULT_SLOTS = 1 << 14;

  private record Entry(String contentHash, int[] blocks, Optional<Signature> signature) {}

  private final MinHasher hasher;
  private final AtomicReferenceArray<Entry> slots;
  private final int mask;

  /**
   * @param slots a power of two
   */
  RecentSignatures(MinHasher hasher, int slots) {
    if (slots <= 0 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two, was " + slots);
    }
    this.hasher = hasher;
    this.slots = new AtomicReferenceArray<>(slots);
    this.mask = slots - 1;
  }

  /** The story's signature, as {@link MinHasher#signature(ParsedStory)} gives it. */
  Optional<Signature> signature(String contentHash, ParsedStory story) {
    int[] blocks = blocks(story.body());
    int slot = contentHash.hashCode() & mask;
    Entry entry = slots.get(slot);
    if (entry != null
        && entry.contentHash().equals(contentHash)
        && Arrays.equals(entry.blocks(), blocks)) {
      return entry.signature();
    }
    Optional<Signature> signature = hasher.signature(story);
    slots.set(slot, new Entry(contentHash, blocks, signature));
    return signature;
  }

  /** Each block's kind and length, in order. */
  private static int[] blocks(List<ParsedBlock> body) {
    int[] blocks = new int[body.size() * 2];
    int i = 0;
    for (ParsedBlock block : body) {
      blocks[i++] = block.kind().ordinal();
      blocks[i++] = block.text().length();
    }
    return blocks;
  }
}
