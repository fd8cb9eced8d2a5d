package io.wirefeed.bench;

import io.wirefeed.parse.text.Paragraphs;
// Long on purpose: every wire format's shape side by side, so the feed draws them alike.
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic wire feed for benchmarks and load tests: stories of about the requested
 * size in every wire format wirefeed reads, with a share of re-sends carrying the variations dedup
 * must catch (re-wrapped lines, CRLF, straight quotes, a new sign-off time, windows-1252).
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
  private final List<Original> originals = new ArrayList<>();
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

  /** The shapes of message the feed mixes, and in what share (out of 20). */
  public enum Shape {
    ZCZC_TELEX(7),
    PLAIN_TEXT(3),
    ANPA_1312(3),
    IPTC_7901(3),
    NITF(2),
    NEWSML_G2(2);

    private final int share;

    Shape(int share) {
      this.share = share;
    }
  }

  private record Original(Shape shape, String text) {}

  /** One generated message: its bytes and whether it re-sends an earlier story. */
  public record Message(byte[] bytes, boolean resend) {}

  public Message next() {
    if (!originals.isEmpty() && random.nextDouble() < resendShare) {
      return resend(originals.get(random.nextInt(originals.size())));
    }
    Shape shape = randomShape();
    String story = story(shape);
    Original original = new Original(shape, story);
    if (originals.size() < 10_000) {
      originals.add(original);
    } else {
      originals.set(random.nextInt(originals.size()), original);
    }
    return new Message(story.getBytes(StandardCharsets.UTF_8), false);
  }

  /** A new story of this shape, as text; not remembered for re-sends. */
  public String story(Shape shape) {
    ++stories;
    return switch (shape) {
      case ZCZC_TELEX -> telexStory();
      case PLAIN_TEXT -> plainStory();
      case ANPA_1312 -> anpaStory();
      case IPTC_7901 -> iptcStory();
      case NITF -> nitfStory();
      case NEWSML_G2 -> newsMlG2Story();
    };
  }

  private Shape randomShape() {
    int pick = random.nextInt(20);
    for (Shape shape : Shape.values()) {
      pick -= shape.share;
      if (pick < 0) {
        return shape;
      }
    }
    return Shape.ZCZC_TELEX;
  }

  private Message resend(Original original) {
    String text = original.text();
    boolean xml = original.shape() == Shape.NITF || original.shape() == Shape.NEWSML_G2;
    boolean lineWrapped =
        original.shape() == Shape.ZCZC_TELEX || original.shape() == Shape.PLAIN_TEXT;
    String copy =
        switch (random.nextInt(5)) {
          case 0 -> lineWrapped ? rewrap(text, 50 + random.nextInt(30)) : text;
          case 1 -> text.replace("\n", "\r\n");
          case 2 -> text.replace('’', '\'').replace('“', '"').replace('”', '"');
          case 3 -> text.replaceAll("/\\d{4} hrs", "/" + (1000 + random.nextInt(1300)) + " hrs");
          default -> text;
        };
    // An XML document declares its encoding; re-encoding it would make it lie.
    Charset charset =
        !xml && random.nextInt(5) == 0 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    return new Message(copy.getBytes(charset), true);
  }

  private String telexStory() {
    int number = stories;
    String slug = slug();
    StringBuilder text = new StringBuilder();
    text.append("ZCZC\nBSS-").append(number % 1000).append('\n');
    text.append(slug).append('\n');
    text.append(headline()).append("\n\n");
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
    StringBuilder text = new StringBuilder();
    while (text.length() < approxBytes) {
      text.append(paragraph()).append('\n');
    }
    return text.toString();
  }

  /** ANPA-1312 as AP sends it: SYN SYN SOH header, STX, caret-led heads, tab-led paragraphs. */
  private String anpaStory() {
    String slug = slug();
    StringBuilder text = new StringBuilder();
    text.append("\u0016\u0016\u0001a").append(String.format("%04d", stories % 10_000));
    text.append("\u001fnatl-\nr a\u0013\u0011 BC-").append(slug).append("   11-22 0600\n");
    text.append("\u0002^BC-").append(slug).append(",0600<\n");
    text.append('^').append(headline()).append("<\n");
    text.append("^By ").append(capitalized(word())).append(" Example=\n");
    String dateline = PLACES[random.nextInt(PLACES.length)] + " (AP) _ ";
    boolean first = true;
    while (text.length() < approxBytes) {
      text.append("\t   ").append(first ? dateline : "").append(paragraph()).append("\n \n");
      first = false;
    }
    text.append("\t   ^\u0003AP-WF-11-22-26 0600GMT<\n\n\f\n\u0004");
    return text.toString();
  }

  /** IPTC 7901 as dpa sends it: SOH header line, keywords, STX, headline ending '=', ETX. */
  private String iptcStory() {
    StringBuilder text = new StringBuilder();
    text.append("\u0001bdt").append(String.format("%04d", stories % 10_000));
    text.append(" 4 pl 380  dpa 0600\r\n\r\n");
    text.append(capitalized(word())).append('/').append(capitalized(word())).append("/\r\n");
    text.append('\u0002').append(headline()).append(" =\r\n\r\n");
    text.append("   ").append(capitalized(word())).append(" (dpa) - ");
    while (text.length() < approxBytes) {
      text.append(wrap(paragraph(), 64).replace("\n", "\r\n")).append("\r\n\r\n");
    }
    text.append("dpa xy yyzz n1 ab\r\n\u0003220600 Nov 26\r\n\u007f\r\n\u007f\u0004");
    return text.toString();
  }

  private String nitfStory() {
    String headline = xmlEscaped(headline());
    StringBuilder text = new StringBuilder();
    text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf xml:lang=\"en\">\n<head>\n");
    text.append("<title>").append(headline).append("</title>\n<docdata>\n");
    text.append("<doc-id id-string=\"BSS-").append(stories).append("\"/>\n");
    text.append("<urgency ed-urg=\"4\"/>\n<date.issue norm=\"20261122T060000Z\"/>\n");
    text.append("</docdata>\n</head>\n<body>\n<body.head>\n<hedline><hl1>").append(headline);
    text.append("</hl1></hedline>\n<byline>By ").append(capitalized(word())).append(" Example");
    text.append("</byline>\n</body.head>\n<body.content>\n");
    appendXmlParagraphs(text);
    text.append("</body.content>\n</body>\n</nitf>\n");
    return text.toString();
  }

  private String newsMlG2Story() {
    String headline = xmlEscaped(headline());
    StringBuilder text = new StringBuilder();
    text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    text.append("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:newsml:bss:");
    text.append(stories).append("\" version=\"1\" xml:lang=\"en\">\n<itemMeta>\n");
    text.append("<itemClass qcode=\"ninat:text\"/>\n");
    text.append("<versionCreated>2026-11-22T06:00:00Z</versionCreated>\n");
    text.append("<pubStatus qcode=\"stat:usable\"/>\n</itemMeta>\n<contentMeta>\n");
    text.append("<urgency>4</urgency>\n<slugline>").append(slug()).append("</slugline>\n");
    text.append("<headline>").append(headline).append("</headline>\n</contentMeta>\n");
    text.append("<contentSet>\n<inlineXML contenttype=\"application/xhtml+xml\">\n");
    text.append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n");
    appendXmlParagraphs(text);
    text.append("</body></html>\n</inlineXML>\n</contentSet>\n</newsItem>\n");
    return text.toString();
  }

  private void appendXmlParagraphs(StringBuilder text) {
    while (text.length() < approxBytes) {
      text.append("<p>").append(xmlEscaped(paragraph())).append("</p>\n");
    }
  }

  private String slug() {
    return word().toUpperCase(Locale.ROOT) + "-" + word().toUpperCase(Locale.ROOT);
  }

  private String headline() {
    return capitalized(sentence(6 + random.nextInt(6)));
  }

  private static String xmlEscaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
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
    return String.join("\n", Paragraphs.wrap(text, width));
  }
}
