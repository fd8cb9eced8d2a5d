package io.wirefeed.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic wire feed for benchmarks and load tests: telex and plain-text stories
 * of about the requested size, with a share of re-sends carrying the variations dedup must catch
 * (re-wrapped lines, CRLF, straight quotes, a new sign-off time, windows-1252).
 */
public final class FeedGenerator {

  private static final String[] WORDS = {
    "government",
    "minister",
    "said",
    "on",
    "Tuesday",
    "the",
    "port",
    "workers",
    "strike",
    "talks",
    "agreement",
    "officials",
    "capital",
    "election",
    "results",
    "flood",
    "relief",
    "rain",
    "coastal",
    "districts",
    "market",
    "prices",
    "rose",
    "percent",
    "police",
    "court",
    "ruling",
    "parliament",
    "budget",
    "exports",
    "garment",
    "factory",
    "union",
    "leaders",
    "announced",
    "a",
    "new",
    "plan",
    "to",
    "in",
    "of",
    "and",
    "after",
    "before",
    "while",
    "since",
    "would",
    "could",
    "expected",
    "thousands",
    "people",
    "gathered",
    "near",
    "river",
    "bridge",
    "railway",
    "station",
    "hospital",
    "school",
    "students",
    "teachers",
    "farmers",
    "harvest",
    "rice",
    "wheat",
    "fuel",
    "power",
    "cuts",
    "summit",
    "leaders",
    "regional",
    "security",
    "cooperation",
    "trade",
    "deal",
    "signed",
    "week",
    "month",
    "year",
    "early",
  };
  private static final String[] PLACES = {
    "DHAKA", "CHATTOGRAM", "KHULNA", "SYLHET", "RAJSHAHI", "MOSCOW", "DELHI", "BANGKOK"
  };
  private static final DateTimeFormatter DATELINE_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

  private final SplittableRandom random;
  private final int approxBytes;
  private final double resendShare;
  private final List<String> originals = new ArrayList<>();
  private int stories;

  /**
   * @param seed the same seed gives the same feed
   * @param approxBytes the size an original story aims at
   * @param resendShare the share of messages that re-send an earlier story, 0 to 1
   */
  public FeedGenerator(long seed, int approxBytes, double resendShare) {
    this.random = new SplittableRandom(seed);
    this.approxBytes = approxBytes;
    this.resendShare = resendShare;
  }

  /** One generated message: its bytes and whether it re-sends an earlier story. */
  public record Message(byte[] bytes, boolean resend) {}

  public Message next() {
    if (!originals.isEmpty() && random.nextDouble() < resendShare) {
      String original = originals.get(random.nextInt(originals.size()));
      return resend(original);
    }
    String story = random.nextInt(4) == 0 ? plainStory() : telexStory();
    if (originals.size() < 10_000) {
      originals.add(story);
    } else {
      originals.set(random.nextInt(originals.size()), story);
    }
    return new Message(story.getBytes(StandardCharsets.UTF_8), false);
  }

  private Message resend(String original) {
    String copy =
        switch (random.nextInt(5)) {
          case 0 -> rewrap(original, 50 + random.nextInt(30));
          case 1 -> original.replace("\n", "\r\n");
          case 2 -> original.replace('’', '\'').replace('“', '"').replace('”', '"');
          case 3 ->
              original.replaceAll("/\\d{4} hrs", "/" + (1000 + random.nextInt(1300)) + " hrs");
          default -> original;
        };
    Charset charset =
        random.nextInt(5) == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    return new Message(copy.getBytes(charset), true);
  }

  private String telexStory() {
    int number = ++stories;
    String slug = word().toUpperCase(Locale.ROOT) + "-" + word().toUpperCase(Locale.ROOT);
    StringBuilder text = new StringBuilder();
    text.append("ZCZC\nBSS-").append(number % 1000).append('\n');
    text.append(slug).append('\n');
    text.append(capitalized(sentence(6 + random.nextInt(6)))).append("\n\n");
    LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
    text.append(PLACES[random.nextInt(PLACES.length)])
        .append(", ")
        .append(DATELINE_DATE.format(date))
        .append(" (BSS) – ");
    appendParagraphs(text, 72);
    text.append("BSS/GMR/")
        .append(String.format("%04d", 600 + random.nextInt(1700)))
        .append(" hrs\n");
    text.append("NNNN\n");
    return text.toString();
  }

  private String plainStory() {
    ++stories;
    StringBuilder text = new StringBuilder();
    while (text.length() < approxBytes) {
      text.append(paragraph()).append('\n');
    }
    return text.toString();
  }

  private void appendParagraphs(StringBuilder text, int width) {
    while (text.length() < approxBytes) {
      text.append(wrap(paragraph(), width)).append("\n\n");
    }
  }

  private String paragraph() {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        paragraph.append(' ');
      }
      String sentence = capitalized(sentence(8 + random.nextInt(14))) + ".";
      paragraph.append(random.nextInt(6) == 0 ? "“" + sentence + "” he said." : sentence);
    }
    return paragraph.toString();
  }

  private String sentence(int words) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sentence.append(' ');
      }
      sentence.append(word());
    }
    return sentence.toString();
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Re-wraps every blank-line-separated block of a telex body at another width. */
  private static String rewrap(String telex, int width) {
    StringBuilder out = new StringBuilder(telex.length());
    for (String block : telex.split("\n\n", -1)) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      boolean body = block.length() > width && !block.startsWith("ZCZC");
      out.append(body ? wrap(block.replace('\n', ' '), width) : block);
    }
    return out.toString();
  }

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }
}
