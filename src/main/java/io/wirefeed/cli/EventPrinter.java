package io.wirefeed.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirefeed.avro.Duplicate;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.StoryLink;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Prints output events as readable lines, or as one JSON object per line. */
final class EventPrinter {

  private static final int HASH_PREFIX = 12;

  private final PrintWriter out;
  private final boolean json;
  private static final int MAX_NAME_COLUMN = 48;
  private static final int EXCERPT_CHARS = 60;

  private final Function<Origin, String> inputNames;
  private final int nameColumn;
  private final Map<OutputEvent.Kind, Integer> counts = new EnumMap<>(OutputEvent.Kind.class);

  /**
   * @param nameWidth the longest input name, to align the columns after it
   * @param inputNames names the raw message read at an origin (a file name), or gives null
   */
  EventPrinter(PrintWriter out, boolean json, int nameWidth, Function<Origin, String> inputNames) {
    this.out = out;
    this.json = json;
    this.nameColumn = Math.max(1, Math.min(nameWidth, MAX_NAME_COLUMN));
    this.inputNames = inputNames;
    for (OutputEvent.Kind kind : OutputEvent.Kind.values()) {
      counts.put(kind, 0);
    }
  }

  void print(OutputEvent event) {
    counts.merge(event.kind(), 1, Integer::sum);
    out.println(json ? jsonLine(event) : textLine(event));
    out.flush();
  }

  void printSummary() {
    int stories = counts.get(OutputEvent.Kind.STORY);
    int duplicates = counts.get(OutputEvent.Kind.DUPLICATE);
    int rejects = counts.get(OutputEvent.Kind.REJECT);
    int links = counts.get(OutputEvent.Kind.LINK);
    if (json) {
      ObjectNode summary = JsonNodeFactory.instance.objectNode();
      summary.put("kind", "summary");
      summary.put("stories", stories);
      summary.put("duplicates", duplicates);
      summary.put("rejects", rejects);
      summary.put("links", links);
      out.println(AvroJson.write(summary));
    } else {
      out.printf(
          "summary: stories=%d duplicates=%d rejects=%d links=%d%n",
          stories, duplicates, rejects, links);
    }
    out.flush();
  }

  private String jsonLine(OutputEvent event) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("kind", event.kind().name().toLowerCase(java.util.Locale.ROOT));
    line.put("input", inputNames.apply(event.origin()));
    if (event.record() instanceof StoryLink link) {
      line.put("linkedInput", inputNames.apply(link.getLinkedOrigin()));
    }
    line.set("record", AvroJson.toJson(event.record()));
    return AvroJson.write(line);
  }

  private String textLine(OutputEvent event) {
    String from = String.format("%-" + nameColumn + "s", name(event.origin()));
    return switch (event.kind()) {
      case STORY -> {
        Story story = (Story) event.record();
        yield String.format(
            "story      %s  %s  %s  %s  %s",
            prefix(story.getContentHash()),
            from,
            agencyAndSource(story),
            orDash(story.getSlug()),
            titleOf(story));
      }
      case DUPLICATE -> {
        Duplicate duplicate = (Duplicate) event.record();
        yield String.format(
            "duplicate  %s  %s  of %s",
            prefix(duplicate.getContentHash()), from, name(duplicate.getFirstOrigin()));
      }
      case LINK -> {
        StoryLink link = (StoryLink) event.record();
        yield String.format(
            java.util.Locale.ROOT,
            "link       %s  %s  ~ %s  %.2f",
            prefix(link.getContentHash()),
            from,
            name(link.getLinkedOrigin()),
            link.getSimilarity());
      }
      case REJECT -> {
        Reject reject = (Reject) event.record();
        yield String.format("reject     %-12s  %s  %s", "", from, reject.getReason());
      }
    };
  }

  /** The headline, or for a story without one the start of its first block, marked with …. */
  private static String titleOf(Story story) {
    if (story.getHeadline() != null) {
      return story.getHeadline();
    }
    if (story.getBody().isEmpty()) {
      return "(no headline)";
    }
    String text = story.getBody().get(0).getText();
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  private static String agencyAndSource(Story story) {
    String agency = story.getAgency();
    String source = story.getSource();
    if (agency == null && source == null) {
      return "-";
    }
    if (agency == null || source == null || agency.equals(source)) {
      return agency == null ? source : agency;
    }
    return agency + "/" + source;
  }

  private String name(Origin origin) {
    String name = inputNames.apply(origin);
    return name != null
        ? name
        : origin.getTopic() + "/" + origin.getPartition() + "@" + origin.getOffset();
  }

  private static String prefix(String hash) {
    return hash.substring(0, Math.min(HASH_PREFIX, hash.length()));
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
