package io.wirefeed.cli;

import io.wirefeed.config.ConfigKeys;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.link.LinkRule;
import io.wirefeed.link.LinkSettings;
import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Shingles;
import io.wirefeed.link.Signature;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code similar FILE FILE...}: how alike the stories in these files are, and whether the running
 * pipeline would link them. No Kafka: this is how a user tunes {@code link.threshold}.
 */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "Parses wire files without Kafka and prints, for every pair of stories, the similarity"
          + " estimated from their MinHash signatures, the exact Jaccard similarity of their word"
          + " shingles, the containment (share of the shorter text's shingles found in the"
          + " longer), and whether the pipeline would link them with the link.* settings of"
          + " --config and WIREFEED_ variables (defaults otherwise).",
      "Only paragraphs count; a story with fewer words than link.min.words is never linked."
    })
final class SimilarCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "FILE", description = "Wire files or folders.")
  List<Path> files;

  @Mixin ConfigOption configFile;

  @Option(
      names = "--threshold",
      paramLabel = "S",
      description = "Try this link.threshold instead of the configured one.")
  String threshold;

  @Mixin VerboseOption verbose;

  private record Item(String name, String text, Optional<Signature> signature) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> settings = configFile.settings();
    if (threshold != null) {
      settings.put(ConfigKeys.LINK_THRESHOLD, threshold);
    }
    LinkSettings link = WirefeedConfig.linking(settings).settings();
    List<Item> items = read(link);
    if (items.size() < 2) {
      throw new IllegalArgumentException(
          "similar needs at least two stories, found " + items.size() + " in " + files);
    }
    out.printf(
        Locale.ROOT,
        "settings: %d-word shingles, %d minima, %d bands x %d rows, threshold %.2f, min %d words%n",
        link.shingleWords(),
        link.signatureSize(),
        link.bands(),
        link.rows(),
        link.threshold(),
        link.minWords());
    out.println("estimate  jaccard  containment  linked                pair");
    var rule = new LinkRule(link);
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        out.println(line(items.get(i), items.get(j), link, rule));
      }
    }
    out.flush();
    return 0;
  }

  private static String line(Item a, Item b, LinkSettings link, LinkRule rule) {
    long[] shinglesA = Shingles.distinct(a.text(), link.shingleWords());
    long[] shinglesB = Shingles.distinct(b.text(), link.shingleWords());
    String estimate = "-";
    String linked = "no (too short)";
    if (a.signature().isPresent() && b.signature().isPresent()) {
      Signature sa = a.signature().get();
      Signature sb = b.signature().get();
      estimate = String.format(Locale.ROOT, "%.2f", sa.similarity(sb));
      int band = rule.reportingBand(sa, sb);
      linked =
          band >= 0
              ? "yes"
              : sa.lowestSharedBand(sb, link.bands(), link.rows()) >= 0
                  ? "no (below threshold)"
                  : "no (no shared band)";
    }
    return String.format(
        Locale.ROOT,
        "%-8s  %7.2f  %11.2f  %-20s  %s ~ %s",
        estimate,
        Shingles.jaccard(shinglesA, shinglesB),
        Shingles.containment(shinglesA, shinglesB),
        linked,
        a.name(),
        b.name());
  }

  private List<Item> read(LinkSettings link) throws IOException {
    var parser = new WireMessageParser(ParseLimits.DEFAULTS);
    var hasher = new MinHasher(link);
    PrintWriter err = spec.commandLine().getErr();
    List<Item> items = new ArrayList<>();
    for (Path file : InputFiles.expand(files)) {
      List<MessageResult> messages =
          parser.parseAll(
              InputFiles.readBounded(
                  InputFiles.FILES, file, ParseLimits.DEFAULTS.maxMessageBytes()));
      for (MessageResult message : messages) {
        String name = messages.size() == 1 ? file.toString() : file + "#" + (message.index() + 1);
        if (message.result() instanceof ParseResult.Parsed parsed) {
          items.add(
              new Item(
                  name, Shingles.linkableText(parsed.story()), hasher.signature(parsed.story())));
        } else {
          err.println("similar: " + name + ": " + ((ParseResult.Failed) message.result()).reason());
        }
      }
    }
    return items;
  }
}
