package io.wirefeed.cli;

import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
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
    return switch (kind) {
      case STORY -> ((Story) record).getMessageIndex();
      case DUPLICATE -> ((Duplicate) record).getMessageIndex();
      case REJECT -> ((Reject) record).getMessageIndex();
      case LINK -> ((StoryLink) record).getMessageIndex();
    };
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

  /** Where the raw message this event accounts for was read. */
  Origin origin() {
    return switch (kind) {
      case STORY -> ((Story) record).getOrigin();
      case DUPLICATE -> ((Duplicate) record).getOrigin();
      case REJECT -> ((Reject) record).getOrigin();
      case LINK -> ((StoryLink) record).getOrigin();
    };
  }
}
