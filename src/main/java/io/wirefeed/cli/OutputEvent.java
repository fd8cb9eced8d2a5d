package io.wirefeed.cli;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.StoryLink;
import java.util.Comparator;
import org.apache.avro.specific.SpecificRecord;

/** One record read back from wire.stories, wire.duplicates, wire.rejects or wire.links. */
record OutputEvent(Kind kind, SpecificRecord record) {

  enum Kind {
    STORY,
    DUPLICATE,
    REJECT,
    LINK
  }

  /**
   * Input order: the order the raw messages had on the raw topic; a link comes right after the
   * story it links, in the order of the earlier stories.
   */
  static final Comparator<OutputEvent> BY_INPUT =
      Comparator.comparing((OutputEvent event) -> event.origin().getPartition())
          .thenComparing(event -> event.origin().getOffset())
          .thenComparing(OutputEvent::messageIndex)
          .thenComparing(OutputEvent::kind)
          .thenComparing(event -> event.linkedOrder());

  /** Which message of its raw record this event accounts for. */
  int messageIndex() {
    return (Integer) rawMessageField("messageIndex");
  }

  /** Where the raw message this event accounts for was read. */
  Origin origin() {
    return (Origin) rawMessageField("origin");
  }

  /** Every output record names its raw message in the same two fields, origin and messageIndex. */
  private Object rawMessageField(String name) {
    return record.get(record.getSchema().getField(name).pos());
  }

  /** For a link, where the earlier story was read; 0 for everything else. */
  private String linkedOrder() {
    if (kind != Kind.LINK) {
      return "";
    }
    StoryLink link = (StoryLink) record;
    Origin linked = link.getLinkedOrigin();
    return String.format(
        "%10d/%20d/%10d", linked.getPartition(), linked.getOffset(), link.getLinkedMessageIndex());
  }
}
