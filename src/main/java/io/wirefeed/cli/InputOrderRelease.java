package io.wirefeed.cli;

import io.wirefeed.avro.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Releases {@code demo --once}'s outputs in input order as soon as they are final: a message's line
 * once it and every message before it are accounted for, followed by the links its story will get
 * to earlier stories. Two runs print the same lines, and the first ones appear while the rest of
 * the feed is still on its way through the pipeline.
 */
final class InputOrderRelease {

  private final ExpectedOutputs expected;
  private final ExpectedOutputs.LinkCounter linkCounter;
  private final Map<String, OutputEvent> outcomes = new HashMap<>();
  private final Map<String, List<OutputEvent>> linksByNewer = new HashMap<>();
  private int next;

  /** The links the story at {@code next} gets, once counted (its signature joins the index). */
  private Integer linksOfNext;

  InputOrderRelease(ExpectedOutputs expected) {
    this.expected = expected;
    this.linkCounter = expected.linkCounter();
  }

  /** Takes what arrived and returns what can now be printed, in order. */
  List<OutputEvent> accept(Collection<OutputEvent> arrived) {
    for (OutputEvent event : arrived) {
      String key = ExpectedOutputs.key(event.origin(), event.messageIndex());
      if (event.kind() == OutputEvent.Kind.LINK) {
        linksByNewer.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
      } else {
        outcomes.put(key, event);
      }
    }
    List<OutputEvent> ready = new ArrayList<>();
    while (next < expected.inputs().size()) {
      String input = expected.inputs().get(next);
      OutputEvent outcome = outcomes.get(input);
      if (outcome == null
          || linksByNewer.getOrDefault(input, List.of()).size() < linksOf(outcome)) {
        break;
      }
      ready.add(outcome);
      List<OutputEvent> links = new ArrayList<>(linksByNewer.getOrDefault(input, List.of()));
      links.sort(OutputEvent.BY_INPUT);
      ready.addAll(links);
      linksOfNext = null;
      next++;
    }
    return ready;
  }

  /** Whether every message's line and every expected link has been released. */
  boolean done() {
    return next == expected.inputs().size();
  }

  /** How many of the expected outcomes have been released, for a timeout's message. */
  int released() {
    return next;
  }

  /** Counted once per story, in input order, as the processor's band index sees them. */
  private int linksOf(OutputEvent outcome) {
    if (linksOfNext == null) {
      linksOfNext =
          outcome.kind() == OutputEvent.Kind.STORY ? linkCounter.add((Story) outcome.record()) : 0;
    }
    return linksOfNext;
  }
}
