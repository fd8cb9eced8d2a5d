package io.wirefeed.testfeeds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One story as a ZCZC telex message, the layout every telex of the test feeds shares: optional
 * preamble lines, {@code ZCZC}, story code, slug and headline each followed by a blank line, the
 * paragraphs each followed by a blank line, the sign-off and {@code NNNN}. How it is transmitted
 * (line ends, how paragraphs wrap, charset) is up to the feed.
 */
public final class TelexMessage {

  private final String storyCode;
  private final String slug;
  private final String headline;
  private final List<String> paragraphs;
  private final String signOff;
  private List<String> preamble = List.of();
  private String lineEnd = "\n";
  private Function<String, List<String>> wrap = List::of;
  private Charset charset = StandardCharsets.UTF_8;

  /**
   * @param headline null for a telex without one (no headline line, no blank line after it)
   */
  public TelexMessage(
      String storyCode, String slug, String headline, List<String> paragraphs, String signOff) {
    this.storyCode = storyCode;
    this.slug = slug;
    this.headline = headline;
    this.paragraphs = List.copyOf(paragraphs);
    this.signOff = signOff;
  }

  /** Lines sent before {@code ZCZC} (a relay's routing lines); none by default. */
  public TelexMessage preamble(List<String> lines) {
    this.preamble = List.copyOf(lines);
    return this;
  }

  /** {@code \n} by default. */
  public TelexMessage lineEnd(String lineEnd) {
    this.lineEnd = lineEnd;
    return this;
  }

  /** How a paragraph is broken into lines; by default each paragraph is one line. */
  public TelexMessage wrap(Function<String, List<String>> wrap) {
    this.wrap = wrap;
    return this;
  }

  /** UTF-8 by default. */
  public TelexMessage charset(Charset charset) {
    this.charset = charset;
    return this;
  }

  public byte[] bytes() {
    List<String> lines = new ArrayList<>(preamble);
    lines.addAll(List.of("ZCZC", "", storyCode, "", slug, ""));
    if (headline != null) {
      lines.addAll(List.of(headline, ""));
    }
    for (String paragraph : paragraphs) {
      lines.addAll(wrap.apply(paragraph));
      lines.add("");
    }
    lines.add(signOff);
    lines.add("NNNN");
    return (String.join(lineEnd, lines) + lineEnd).getBytes(charset);
  }

  /** Curly quotes and apostrophes as a plain-ASCII relay sends them. */
  public static String straightQuotes(String text) {
    return text.replace('’', '\'').replace('“', '"').replace('”', '"');
  }
}
