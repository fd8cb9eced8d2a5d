package io.wirefeed.testfeeds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One invented story as a telex message ({@link TelexMessage}), for tests that vary only how it is
 * transmitted: its code, sign-off, preamble, line ends, wrapping, typography and charset.
 */
public final class TelexWriter {

  public static final String HEADLINE = "Dockers’ strike shuts “every berth” at Chattogram port";

  public static final List<String> PARAGRAPHS =
      List.of(
          "Dock workers walked off the job at dawn on Monday, leaving more than forty container"
              + " ships waiting at anchor — the longest queue this year, officials said.",
          "“We will not return until the overtime rules are withdrawn,” said union leader Rahima"
              + " Khatun, whose members load roughly nine in ten of the country’s exports.",
          "Port authority chairman Abdul Karim-Chowdhury said talks would resume on Tuesday.");

  public static final String STORY_CODE = "BSS-14";
  public static final String SIGN_OFF = "BSS/GMR/0915 hrs";

  private TelexWriter() {}

  /** The story as the agency first sends it. */
  public static TelexMessage story() {
    return story(STORY_CODE, SIGN_OFF, UnaryOperator.identity());
  }

  /** The story with its text retyped ({@code retype} applied to headline and paragraphs). */
  public static TelexMessage story(UnaryOperator<String> retype) {
    return story(STORY_CODE, SIGN_OFF, retype);
  }

  /**
   * The story under this story code and sign-off, its text retyped: by default after a relay's
   * preamble, wrapped at 72 columns with hyphen breaks ({@link #wrappedAt}), UTF-8, {@code \n}.
   */
  public static TelexMessage story(String storyCode, String signOff, UnaryOperator<String> retype) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : PARAGRAPHS) {
      paragraphs.add(
          (paragraphs.isEmpty() ? "CHATTOGRAM, March 3, 2025 (BSS) – " : "")
              + retype.apply(paragraph));
    }
    return new TelexMessage(storyCode, "PORT-STRIKE", retype.apply(HEADLINE), paragraphs, signOff)
        .preamble(List.of("BSS-14 Dockers strike", "", "310", ""))
        .wrap(wrappedAt(72));
  }

  /**
   * Greedy word wrap at {@code width}; a long hyphenated word may break after its hyphen, as telex
   * copy does (unlike {@link io.wirefeed.parse.text.Paragraphs#wrap}, on purpose).
   */
  public static Function<String, List<String>> wrappedAt(int width) {
    return text -> wrap(text, width);
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && line.length() + 1 + hyphen + 1 <= width) {
          line.append(' ').append(word, 0, hyphen + 1);
          word = word.substring(hyphen + 1);
        }
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
