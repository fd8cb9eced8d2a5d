package io.wirefeed.dedup;

import io.wirefeed.avro.Duplicate;

/** What the dedup step decides for one story: publish it, or drop it and keep an audit record. */
public sealed interface DedupDecision {

  /**
   * The first copy of this content within the retention window.
   *
   * @param story the story as published: the bytes the parse step wrote in Confluent's wire format
   * @param linkSignature the value of the link signature header the story came with, taken off its
   *     record (see {@link DedupProcessor}); null if it came without one
   */
  record Publish(byte[] story, byte[] linkSignature) implements DedupDecision {}

  /** A later copy of content already published. */
  record Drop(Duplicate duplicate) implements DedupDecision {}
}
