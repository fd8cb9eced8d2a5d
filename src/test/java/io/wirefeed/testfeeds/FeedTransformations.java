package io.wirefeed.testfeeds;

import io.wirefeed.parse.Fixtures;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What real feeds do to a story they relay, applied to one of ours: each gives the raw message the
 * second feed would send, so that the copy goes through the parser like any other.
 */
public final class FeedTransformations {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private FeedTransformations() {}

  /** A named transformation from a parsed original to the bytes of its relayed copy. */
  public record Transformation(String name, Function<ParsedStory, byte[]> relay) {}

  public static final List<Transformation> ALL =
      List.of(
          new Transformation(
              "typography flattened",
              story -> telex(story, flatten(paragraphs(story)), StandardCharsets.UTF_8)),
          new Transformation(
              "re-encoded as windows-1252", story -> telex(story, paragraphs(story), WINDOWS_1252)),
          new Transformation(
              "headline, dateline, subheads and sign-off dropped",
              story -> plain(paragraphs(story))),
          new Transformation(
              "paragraphs merged in pairs", story -> plain(mergedInPairs(paragraphs(story)))),
          new Transformation(
              "paragraphs split at sentences", story -> plain(splitAtSentences(paragraphs(story)))),
          new Transformation(
              "every fourth paragraph dropped", story -> plain(dropEvery(paragraphs(story), 4))),
          new Transformation(
              "last paragraphs dropped (a quarter)",
              story -> plain(keepFirst(paragraphs(story), 0.75))),
          new Transformation(
              "second half dropped", story -> plain(keepFirst(paragraphs(story), 0.5))),
          new Transformation("new lead on an update", story -> plain(newLead(paragraphs(story)))),
          new Transformation(
              "one word corrected", story -> plain(oneWordCorrected(paragraphs(story)))),
          new Transformation(
              "cleaned like the seed (all of: flattened, merged, trimmed, first letter lost)",
              story ->
                  plain(loseFirstLetter(mergedInPairs(flatten(dropEvery(paragraphs(story), 5)))))));

  /** Our own stories in {@code src/test/resources/io/wirefeed/link/evaluation/}. */
  public static final List<String> ORIGINALS =
      List.of(
          "original-rate-decision.txt",
          "original-bridge-closure.txt",
          "original-cup-final.txt",
          "original-wildfire.txt",
          "original-satellite-launch.txt",
          "original-court-ruling.txt");

  /**
   * An evaluation original (a file in {@code src/test/resources/io/wirefeed/link/evaluation/})
   * followed by every relayed copy of it, as raw messages.
   */
  public static List<byte[]> family(String evaluationFile) {
    byte[] original = Fixtures.bytes("/io/wirefeed/link/evaluation/" + evaluationFile);
    ParsedStory story =
        Fixtures.parsed(new WireMessageParser(ParseLimits.DEFAULTS).parse(original));
    List<byte[]> family = new ArrayList<>();
    family.add(original);
    ALL.forEach(transformation -> family.add(transformation.relay().apply(story)));
    return family;
  }

  static List<String> paragraphs(ParsedStory story) {
    return story.body().stream()
        .filter(block -> block.kind() == io.wirefeed.story.ParsedBlock.Kind.PARAGRAPH)
        .map(io.wirefeed.story.ParsedBlock::text)
        .toList();
  }

  /** A relay's telex: its own code and sign-off, the paragraphs unwrapped, the dateline led. */
  private static byte[] telex(ParsedStory story, List<String> paragraphs, Charset charset) {
    List<String> led = new ArrayList<>(paragraphs);
    if (!led.isEmpty() && story.dateline() != null) {
      led.set(0, story.dateline().text() + " - " + led.get(0));
    }
    String slug = story.slug() == null ? "RELAY" : story.slug();
    return new TelexMessage("RLY-01", slug, story.headline(), led, "RLY/XX/0000 hrs")
        .charset(charset)
        .bytes();
  }

  /** Plain text, a blank line between paragraphs: what a cleaned-up web feed sends. */
  private static byte[] plain(List<String> paragraphs) {
    return String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> flatten(List<String> paragraphs) {
    return paragraphs.stream()
        .map(
            p ->
                TelexMessage.straightQuotes(p)
                    .replace('‘', '\'')
                    .replace("—", "--")
                    .replace("–", "-"))
        .toList();
  }

  private static List<String> mergedInPairs(List<String> paragraphs) {
    List<String> merged = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i += 2) {
      merged.add(
          i + 1 < paragraphs.size()
              ? paragraphs.get(i) + " " + paragraphs.get(i + 1)
              : paragraphs.get(i));
    }
    return merged;
  }

  private static List<String> splitAtSentences(List<String> paragraphs) {
    List<String> split = new ArrayList<>();
    for (String paragraph : paragraphs) {
      for (String sentence : paragraph.split("(?<=[.!?”\"]) (?=[A-Z“\"])")) {
        split.add(sentence);
      }
    }
    return split;
  }

  private static List<String> dropEvery(List<String> paragraphs, int n) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if ((i + 1) % n != 0) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  private static List<String> keepFirst(List<String> paragraphs, double share) {
    return paragraphs.subList(0, Math.max(1, (int) Math.ceil(paragraphs.size() * share)));
  }

  /** An update: a new first paragraph, the old lead kept second, shortened to its first clause. */
  private static List<String> newLead(List<String> paragraphs) {
    List<String> updated = new ArrayList<>();
    updated.add(
        "Officials gave new figures late in the evening and said the situation was changing"
            + " quickly, with further statements expected overnight as more details emerged.");
    String lead = paragraphs.get(0);
    int comma = lead.indexOf(',', lead.length() / 2);
    updated.add(comma > 0 ? lead.substring(0, comma) + "." : lead);
    updated.addAll(paragraphs.subList(1, paragraphs.size()));
    return updated;
  }

  /** The fifth word of the middle paragraph replaced, as a correction would. */
  private static List<String> oneWordCorrected(List<String> paragraphs) {
    List<String> corrected = new ArrayList<>(paragraphs);
    int middle = paragraphs.size() / 2;
    String[] words = corrected.get(middle).split(" ");
    words[Math.min(4, words.length - 1)] = "corrected";
    corrected.set(middle, String.join(" ", words));
    return corrected;
  }

  private static List<String> loseFirstLetter(List<String> paragraphs) {
    List<String> lost = new ArrayList<>(paragraphs);
    int last = lost.size() - 1;
    lost.set(last, lost.get(last).substring(1));
    return lost;
  }
}
