package io.wirefeed.dedup;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Story;

/** What the dedup step decides for one story: publish it, or drop it and keep an audit record. */
public sealed interface DedupDecision {

  /** The first copy of this content within the retention window. */
  record Publish(Story story) implements DedupDecision {}

  /** A later copy of content already published. */
  record Drop(Duplicate duplicate) implements DedupDecision {}
}
