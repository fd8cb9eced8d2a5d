package io.wirefeed.parse.format;

import io.wirefeed.parse.text.TextLines;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of a press release sent as plain text (PR Newswire's AsiaNet): a {@code Source:
 * …} line naming who issued it, a {@code MEDIA RELEASE PR67276} line, then the headline, possibly
 * wrapped, up to the first blank line.
 *
 * @param source the issuer from the {@code Source:} line
 * @param releaseNumber the number after {@code MEDIA RELEASE}, or null
 * @param headline the remaining header lines, unwrapped, or null
 * @param bodyStart the index of the first line after the header block
 */
record PressReleaseHeader(String source, String releaseNumber, String headline, int bodyStart) {

  /** The header block is at most this many lines; a longer first block is body text. */
  private static final int MAX_HEADER_LINES = 6;

  private static final Pattern MEDIA_RELEASE =
      Pattern.compile("MEDIA RELEASE(?:\\s+(?<number>[A-Z]{0,4}\\d{1,12}))?\\s*");

  /** The header at the start of {@code lines}, or null if they do not start like a release. */
  static PressReleaseHeader read(TextLines lines) {
    int first = 0;
    while (first < lines.size() && lines.isBlank(first)) {
      first++;
    }
    int end = first;
    while (end < lines.size() && !lines.isBlank(end) && end - first < MAX_HEADER_LINES) {
      end++;
    }
    if (end == first || (end < lines.size() && !lines.isBlank(end))) {
      return null;
    }
    String source = null;
    String number = null;
    boolean release = false;
    int headlineStart = first;
    for (int i = first; i < end && i < first + 2; i++) {
      String line = lines.line(i).strip();
      if (line.toLowerCase(Locale.ROOT).startsWith("source:")) {
        source = line.substring("source:".length()).strip();
        headlineStart = i + 1;
      } else {
        Matcher m = MEDIA_RELEASE.matcher(line);
        if (m.matches()) {
          release = true;
          number = m.group("number");
          headlineStart = i + 1;
        }
      }
    }
    if (source == null && !release) {
      return null;
    }
    String headline = headlineStart < end ? lines.unwrapped(headlineStart, end) : null;
    return new PressReleaseHeader(
        source == null || source.isEmpty() ? null : source, number, headline, end);
  }
}
