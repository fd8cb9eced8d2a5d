package io.wirefeed.testfeeds;

import io.wirefeed.parse.text.Paragraphs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up wire feed of any length: distinct stories of our own writing in the telex and plain
 * shapes, re-sends of earlier ones transmitted differently (re-wrapped, CRLF, straight quotes, a
 * new sign-off), and a few malformed messages. Seeded, so a failing run can be replayed.
 */
public final class WireFeed {

  private static final String[] PLACES = {
    "DHAKA", "CHATTOGRAM", "SYLHET", "KHULNA", "RAJSHAHI", "BARISHAL", "RANGPUR", "MYMENSINGH"
  };
  private static final String[] SUBJECTS = {
    "river ferry operators",
    "jute mill workers",
    "the weather office",
    "rice traders",
    "the port authority",
    "garment exporters",
    "school teachers",
    "the city corporation",
    "tea garden owners",
    "fishing cooperatives"
  };
  private static final String[] ACTIONS = {
    "announced new schedules",
    "warned of higher prices",
    "called off a planned strike",
    "opened talks with the ministry",
    "reported record volumes",
    "asked for emergency funds",
    "suspended services",
    "agreed to a pay deal"
  };
  private static final String[] DETAILS = {
    "after heavy rain flooded low-lying roads",
    "as fuel costs rose for a third month",
    "following a week of protests",
    "ahead of the harvest season",
    "while inspectors checked the warehouses",
    "once the new budget was published"
  };
  private static final String[] SPEAKERS = {
    "Rahima Khatun", "Abdul Karim", "Farida Yasmin", "Nasir Uddin", "Shirin Akhter", "Kamal Hossain"
  };
  private static final String[] MONTHS = {"March", "April", "May", "June", "July"};

  private final Random random;
  private final List<Story> written = new ArrayList<>();

  private WireFeed(long seed) {
    this.random = new Random(seed);
  }

  /**
   * {@code count} messages: about {@code resendShare} re-sends of earlier stories, about 2%
   * malformed, the rest new stories.
   */
  public static List<byte[]> generate(int count, long seed, double resendShare) {
    WireFeed feed = new WireFeed(seed);
    List<byte[]> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double roll = feed.random.nextDouble();
      if (roll < 0.02) {
        messages.add(feed.malformed());
      } else if (roll < 0.02 + resendShare && !feed.written.isEmpty()) {
        messages.add(feed.resend());
      } else {
        messages.add(feed.newStory(i));
      }
    }
    return messages;
  }

  /** One story's words: what the content hash is made of, whatever the transmission. */
  private record Story(
      boolean telex, String code, String slug, String headline, List<String> paragraphs) {}

  private byte[] newStory(int serial) {
    String place = pick(PLACES);
    String subject = pick(SUBJECTS);
    String action = pick(ACTIONS);
    String speaker = pick(SPEAKERS);
    String dateline =
        place + ", " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", 2026 (BSS) – ";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        dateline
            + capitalized(subject)
            + " in "
            + capitalized(place.toLowerCase(java.util.Locale.ROOT))
            + " "
            + action
            + " on Monday "
            + pick(DETAILS)
            + ", in what officials logged as case "
            + serial
            + " of the season.");
    paragraphs.add(
        "“We have waited long enough for an answer,” said "
            + speaker
            + ", who has spoken for "
            + subject
            + " since "
            + (1990 + random.nextInt(35))
            + ".");
    int more = random.nextInt(3);
    for (int p = 0; p < more; p++) {
      paragraphs.add(
          "Officials said the "
              + pick(SUBJECTS)
              + " would meet again "
              + pick(DETAILS)
              + ", and that "
              + (2 + random.nextInt(400))
              + " people’s jobs depended on the outcome.");
    }
    Story story =
        new Story(
            random.nextDouble() < 0.6,
            "BSS-" + (10 + random.nextInt(90)),
            slug(subject),
            capitalized(subject) + " " + action + " in " + place.toLowerCase(java.util.Locale.ROOT),
            List.copyOf(paragraphs));
    written.add(story);
    return transmit(story, new Transmission("\n", 72, false, signOff()));
  }

  private byte[] resend() {
    Story story = written.get(random.nextInt(written.size()));
    Transmission transmission =
        switch (random.nextInt(4)) {
          case 0 -> new Transmission("\n", 48 + random.nextInt(40), false, signOff());
          case 1 -> new Transmission("\r\n", 72, false, signOff());
          case 2 -> new Transmission("\n", 72, true, signOff());
          default -> new Transmission("\n", 72, random.nextBoolean(), signOff());
        };
    return transmit(story, transmission);
  }

  private record Transmission(String lineEnd, int width, boolean straightQuotes, String signOff) {}

  private byte[] transmit(Story story, Transmission how) {
    List<String> lines = new ArrayList<>();
    if (story.telex()) {
      return new TelexMessage(
              story.code(),
              story.slug(),
              typed(story.headline(), how),
              story.paragraphs().stream().map(paragraph -> typed(paragraph, how)).toList(),
              how.signOff())
          .wrap(paragraph -> Paragraphs.wrap(paragraph, how.width()))
          .lineEnd(how.lineEnd())
          .bytes();
    }
    if (how.width() == 72) {
      story.paragraphs().forEach(paragraph -> lines.add(typed(paragraph, how)));
    } else {
      for (String paragraph : story.paragraphs()) {
        lines.addAll(Paragraphs.wrap(typed(paragraph, how), how.width()));
        lines.add("");
      }
    }
    return (String.join(how.lineEnd(), lines) + how.lineEnd()).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] malformed() {
    return switch (random.nextInt(4)) {
      case 0 -> " \n\t \n".getBytes(StandardCharsets.UTF_8);
      case 1 -> "ZCZC\nBSS-01\nEMPTY\nNothing follows\n\nNNNN\n".getBytes(StandardCharsets.UTF_8);
      case 2 -> new byte[] {'Z', 'C', 'Z', 'C', '\n', 0, 1, 2, 3};
      default -> {
        byte[] bytes = new byte[16 + random.nextInt(200)];
        random.nextBytes(bytes);
        bytes[random.nextInt(bytes.length)] = 0;
        yield bytes;
      }
    };
  }

  private String signOff() {
    return "BSS/"
        + pick(new String[] {"GMR", "RK", "SR", "KA"})
        + "/"
        + String.format("%02d%02d", random.nextInt(24), random.nextInt(60))
        + " hrs";
  }

  private static String typed(String text, Transmission how) {
    return how.straightQuotes() ? TelexMessage.straightQuotes(text) : text;
  }

  private static String slug(String subject) {
    return subject.replace("the ", "").toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
