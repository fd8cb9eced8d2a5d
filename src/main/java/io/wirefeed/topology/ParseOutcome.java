package io.wirefeed.topology;

import io.wirefeed.avro.Reject;

/**
 * What the parse step forwards for one message: a story already in its published bytes, or a reject
 * that keeps the raw bytes. Kafka-facing, so it stays out of {@code parse}.
 */
sealed interface ParseOutcome {

  /**
   * @param contentHash the story's content hash, its key from here on
   * @param story the story as it is published: Avro in Confluent's wire format, with the schema id
   *     of the stories topic's subject
   */
  record Accepted(String contentHash, byte[] story) implements ParseOutcome {}

  record Rejected(Reject reject) implements ParseOutcome {}
}
