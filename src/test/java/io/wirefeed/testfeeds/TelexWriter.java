package io.wirefeed.testfeeds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes one invented story as a telex message, varying only how it is transmitted. */
public final class TelexWriter {

  public static final String HEADLINE = "Dockers’ strike shuts “every berth” at Chattogram port";

  public static final List<String> PARAGRAPHS =
      List.of(
          "Dock workers walked off the job at dawn on Monday, leaving more than forty container"
              + " ships waiting at anchor — the longest queue this year, officials said.",
          "“We will not return until the overtime rules are withdrawn,” said union leader Rahima"
              + " Khatun, whose members load roughly nine in ten of the country’s exports.",
          "Port authority chairman Abdul Karim-Chowdhury said talks would resume on Tuesday.");

  private String storyCode = "BSS-14";
  private String signOff = "BSS/GMR/0915 hrs";
  private String preamble = "BSS-14 Dockers strike\n\n310\n";
  private String lineEnd = "\n";
  private int width = 72;
  private boolean straightQuotes;
  private String dash = "—";
  private Charset charset = StandardCharsets.UTF_8;

  public TelexWriter storyCode(String storyCode) {
    this.storyCode = storyCode;
    return this;
  }

  public TelexWriter signOff(String signOff) {
    this.signOff = signOff;
    return this;
  }

  public TelexWriter preamble(String preamble) {
    this.preamble = preamble;
    return this;
  }

  public TelexWriter lineEnd(String lineEnd) {
    this.lineEnd = lineEnd;
    return this;
  }

  public TelexWriter width(int width) {
    this.width = width;
    return this;
  }

  public TelexWriter straightQuotes() {
    this.straightQuotes = true;
    return this;
  }

  public TelexWriter dash(String dash) {
    this.dash = dash;
    return this;
  }

  public TelexWriter charset(Charset charset) {
    this.charset = charset;
    return this;
  }

  public byte[] write() {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : PARAGRAPHS) {
      paragraphs.add(
          (paragraphs.isEmpty() ? "CHATTOGRAM, March 3, 2025 (BSS) – " : "")
              + typography(paragraph));
    }
    return new TelexMessage(storyCode, "PORT-STRIKE", typography(HEADLINE), paragraphs, signOff)
        .preamble(List.of(preamble.split("\n", -1)))
        .wrap(this::wrap)
        .lineEnd(lineEnd)
        .charset(charset)
        .bytes();
  }

  private String typography(String text) {
    String result = text.replace("—", dash);
    return straightQuotes ? TelexMessage.straightQuotes(result) : result;
  }

  /** Greedy word wrap; a long hyphenated word may break after its hyphen, as telex copy does. */
  private List<String> wrap(String text) {
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
