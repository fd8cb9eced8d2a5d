package io.wirefeed.cli;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import java.util.Comparator;
import org.apache.avro.specific.SpecificRecord;

/** One record read back from wire.stories, wire.duplicates or wire.rejects. */
record OutputEvent(Kind kind, SpecificRecord record) {

  enum Kind {
    STORY,
    DUPLICATE,
    REJECT
  }

  /** Input order: the order the raw messages had on the raw topic. */
  static final Comparator<OutputEvent> BY_INPUT =
      Comparator.comparing((OutputEvent event) -> event.origin().getPartition())
          .thenComparing(event -> event.origin().getOffset())
          .thenComparing(OutputEvent::messageIndex);

  /** Which message of its raw record this event accounts for. */
  int messageIndex() {
    return switch (kind) {
      case STORY -> ((Story) record).getMessageIndex();
      case DUPLICATE -> ((Duplicate) record).getMessageIndex();
      case REJECT -> ((Reject) record).getMessageIndex();
    };
  }

  /** Where the raw message this event accounts for was read. */
  Origin origin() {
    return switch (kind) {
      case STORY -> ((Story) record).getOrigin();
      case DUPLICATE -> ((Duplicate) record).getOrigin();
      case REJECT -> ((Reject) record).getOrigin();
    };
  }
}
