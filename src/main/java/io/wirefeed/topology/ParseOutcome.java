package io.wirefeed.topology;

import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;

/** What the parse step makes of one raw record: a story, or a reject that keeps the raw bytes. */
sealed interface ParseOutcome {

  record Accepted(Story story) implements ParseOutcome {}

  record Rejected(Reject reject) implements ParseOutcome {}
}
