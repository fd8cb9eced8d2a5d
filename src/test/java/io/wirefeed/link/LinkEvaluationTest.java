package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.Fixtures;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedStory;
import io.wirefeed.testfeeds.FeedTransformations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of linking over a labelled set: our own stories, copies made from them by
 * what relaying feeds do, and the hard negatives (other stories on the same event, shared
 * boilerplate, template reports, short alerts). The defaults must keep both at 0.95 or more.
 */
class LinkEvaluationTest {

  private static final String DIR = "/io/wirefeed/link/evaluation/";
  private static final WireMessageParser PARSER = new WireMessageParser(ParseLimits.DEFAULTS);

  private static final List<String> ORIGINALS =
      java.util.stream.Stream.concat(
              FeedTransformations.ORIGINALS.stream().map(name -> DIR + name),
              java.util.stream.Stream.of(
                  "/sample-feed/03-port-strike-telex.txt",
                  "/sample-feed/04-cyclone-warning-plain.txt",
                  "/sample-feed/05-election-result-telex.txt",
                  "/sample-feed/12-flood-relief-plain-wrapped.txt"))
          .toList();

  /** Pairs that must not be linked, each a hard case for a different reason. */
  private static final Map<String, List<String[]>> HARD_NEGATIVES =
      Map.of(
          "same event, different story",
          List.of(
              pair("original-rate-decision.txt", "same-event-rate-decision-reaction.txt"),
              pair("original-wildfire.txt", "same-event-wildfire-evacuees.txt"),
              pair("original-cup-final.txt", "same-event-cup-final-fans.txt")),
          "shared boilerplate",
          List.<String[]>of(
              pair("boilerplate-a-school-meals.txt", "boilerplate-b-rural-buses.txt")),
          "template reports",
          List.of(
              pair("template-market-report-monday.txt", "template-market-report-tuesday.txt"),
              pair("template-league-roundup-week-5.txt", "template-league-roundup-week-6.txt"),
              pair(
                  "template-weather-outlook-friday.txt",
                  "template-weather-outlook-next-friday.txt")),
          "short alerts",
          List.of(
              pair("alert-earthquake-north.txt", "alert-earthquake-south.txt"),
              pair("alert-ferry-cancelled.txt", "alert-ferry-cancelled-saturday.txt"),
              pair("alert-road-closed-lowford.txt", "alert-road-closed-eastgate.txt"),
              pair("alert-earthquake-north.txt", "alert-ferry-cancelled.txt")));

  @Test
  void defaultsLinkRelayedCopiesAndNotTheHardNegatives() {
    Score score = evaluate(LinkSettings.DEFAULTS, true);

    assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theSeedPairIsLinked() {
    var hasher = new MinHasher(LinkSettings.DEFAULTS);
    Signature original = hasher.signature(story("/sample-feed/01-003_be4688365d14eba1.txt")).get();
    Signature cleaned = hasher.signature(story("/sample-feed/02-000_e0efc4075075a759.txt")).get();

    assertThat(new LinkRule(LinkSettings.DEFAULTS).links(original, cleaned)).isTrue();
    assertThat(original.similarity(cleaned)).isBetween(0.6, 0.8); // exact Jaccard 0.70
    assertThat(original.containment(cleaned)).isGreaterThan(0.85); // exact 0.91
  }

  /** The defaults are no worse, by F1 on this set, than the neighbouring choices. */
  @Test
  void defaultsAreTheBestOfTheirNeighbours() {
    LinkSettings d = LinkSettings.DEFAULTS;
    double chosen = evaluate(d, false).f1();
    List<LinkSettings> neighbours =
        List.of(
            new LinkSettings(
                3, d.signatureSize(), d.bands(), d.rows(), d.threshold(), d.minWords()),
            new LinkSettings(
                8, d.signatureSize(), d.bands(), d.rows(), d.threshold(), d.minWords()),
            new LinkSettings(d.shingleWords(), 128, 32, 4, d.threshold(), d.minWords()),
            new LinkSettings(d.shingleWords(), 128, 20, 3, d.threshold(), d.minWords()),
            new LinkSettings(d.shingleWords(), 128, 8, 2, d.threshold(), d.minWords()),
            new LinkSettings(d.shingleWords(), 128, 16, 8, d.threshold(), d.minWords()),
            new LinkSettings(d.shingleWords(), d.signatureSize(), d.bands(), d.rows(), 0.7, 40),
            new LinkSettings(
                d.shingleWords(), d.signatureSize(), d.bands(), d.rows(), d.threshold(), 10));
    for (LinkSettings neighbour : neighbours) {
      Score score = evaluate(neighbour, false);
      System.out.printf(
          Locale.ROOT,
          "%s: precision %.3f recall %.3f F1 %.3f%n",
          neighbour,
          score.precision(),
          score.recall(),
          score.f1());
      assertThat(chosen)
          .as("F1 of the defaults against " + neighbour)
          .isGreaterThanOrEqualTo(score.f1());
    }
  }

  private static Score evaluate(LinkSettings settings, boolean report) {
    var hasher = new MinHasher(settings);
    var rule = new LinkRule(settings);
    Map<String, int[]> byCategory = new LinkedHashMap<>(); // pairs, linked
    Map<String, double[]> similarityByCategory = new LinkedHashMap<>(); // sum est, sum exact
    int truePositives = 0;
    int falseNegatives = 0;
    int falsePositives = 0;
    List<LabelledPair> pairs = labelledPairs();
    for (LabelledPair pair : pairs) {
      Optional<Signature> a = hasher.signature(pair.a());
      Optional<Signature> b = hasher.signature(pair.b());
      boolean linked = a.isPresent() && b.isPresent() && rule.links(a.get(), b.get());
      if (pair.linked() && linked) {
        truePositives++;
      } else if (pair.linked()) {
        falseNegatives++;
      } else if (linked) {
        falsePositives++;
      }
      byCategory.computeIfAbsent(pair.category(), c -> new int[2])[0]++;
      byCategory.get(pair.category())[1] += linked ? 1 : 0;
      double[] sums = similarityByCategory.computeIfAbsent(pair.category(), c -> new double[2]);
      double estimate = a.isPresent() && b.isPresent() ? a.get().similarity(b.get()) : 0;
      double exact =
          Shingles.jaccard(
              Shingles.distinct(Shingles.linkableText(pair.a()), settings.shingleWords()),
              Shingles.distinct(Shingles.linkableText(pair.b()), settings.shingleWords()));
      sums[0] += estimate;
      sums[1] += exact;
      if (report && pair.linked() != linked) {
        System.out.printf(
            Locale.ROOT,
            "%s: %s, estimate %.2f, exact Jaccard %.2f, shared band %s%n",
            pair.linked() ? "missed" : "false link",
            pair.category().substring(2),
            estimate,
            exact,
            a.isPresent() && b.isPresent()
                ? a.get().lowestSharedBand(b.get(), settings.bands(), settings.rows())
                : "-");
      }
    }
    Score score = new Score(truePositives, falsePositives, falseNegatives);
    if (report) {
      System.out.println("| pairs | label | count | linked | mean estimate | mean exact Jaccard |");
      System.out.println("| --- | --- | --- | --- | --- | --- |");
      byCategory.forEach(
          (category, counts) -> {
            double[] sums = similarityByCategory.get(category);
            System.out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %d | %.2f | %.2f |%n",
                category.substring(2),
                category.startsWith("+") ? "same story" : "different",
                counts[0],
                counts[1],
                sums[0] / counts[0],
                sums[1] / counts[0]);
          });
      System.out.printf(
          Locale.ROOT,
          "%s: precision %.3f recall %.3f (TP %d, FP %d, FN %d)%n",
          settings,
          score.precision(),
          score.recall(),
          truePositives,
          falsePositives,
          falseNegatives);
    }
    return score;
  }

  /** Categories start with + for pairs that must be linked, - for pairs that must not. */
  private record LabelledPair(String category, ParsedStory a, ParsedStory b, boolean linked) {}

  private static List<LabelledPair> labelledPairs() {
    List<LabelledPair> pairs = new ArrayList<>();
    pairs.add(
        new LabelledPair(
            "+ the seed pair (raw relay, cleaned copy)",
            story("/sample-feed/01-003_be4688365d14eba1.txt"),
            story("/sample-feed/02-000_e0efc4075075a759.txt"),
            true));
    for (var transformation : FeedTransformations.ALL) {
      for (String original : ORIGINALS) {
        ParsedStory story = story(original);
        pairs.add(
            new LabelledPair(
                "+ " + transformation.name(),
                story,
                parse(transformation.relay().apply(story), original + " " + transformation.name()),
                true));
      }
    }
    for (int i = 0; i < ORIGINALS.size(); i++) {
      for (int j = i + 1; j < ORIGINALS.size(); j++) {
        pairs.add(
            new LabelledPair(
                "- different stories", story(ORIGINALS.get(i)), story(ORIGINALS.get(j)), false));
      }
    }
    HARD_NEGATIVES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              for (String[] pair : entry.getValue()) {
                pairs.add(
                    new LabelledPair(
                        "- " + entry.getKey(), story(DIR + pair[0]), story(DIR + pair[1]), false));
              }
            });
    return pairs;
  }

  private static String[] pair(String a, String b) {
    return new String[] {a, b};
  }

  private static ParsedStory story(String resource) {
    return parse(Fixtures.bytes(resource), resource);
  }

  private static ParsedStory parse(byte[] raw, String what) {
    if (PARSER.parse(raw) instanceof ParseResult.Parsed parsed) {
      return parsed.story();
    }
    throw new IllegalStateException(what + " does not parse: " + PARSER.parse(raw));
  }

  private record Score(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      int linked = truePositives + falsePositives;
      return linked == 0 ? 0 : (double) truePositives / linked;
    }

    double recall() {
      return (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
