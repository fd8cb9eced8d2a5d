package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written dateline search finds what the pattern finds, group for group, on random text
 * made to come close to a dateline in every way the pattern allows or refuses.
 */
class DatelineSpansTest {

  private static final String[] PIECES = {
    "DHAKA",
    "New York",
    "SAITAMA",
    "St. John's",
    "Port-au-Prince",
    "A/B",
    "É",
    "ǅ",
    "ß",
    ", ",
    ",",
    ", Japan",
    ", N.J.",
    ", Côte d'Ivoire",
    ", April",
    ", Sept.",
    ", Dec.",
    ", Someday",
    ", Xy",
    ", Abcdefghij",
    " 3",
    " 24",
    " 123",
    ", 2019",
    ", 20190",
    ", 201",
    " Kyodo",
    " K",
    " Abcdefghijklmnopq",
    " (BSS/AFP)",
    " (dpa)",
    "(",
    ")",
    "()",
    " /PRNewswire-AsiaNet/",
    "/",
    "//",
    " ",
    "  ",
    "-",
    "--",
    "---",
    "–",
    "—",
    "_",
    " _ ",
    "x",
    "’",
    "'",
    ".",
    "said",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u0085",
    "\u2028",
    "\u0000",
    "1",
    "\uD83D\uDE00"
  };

  @Test
  void findsTheGroupsThePatternFinds() {
    SplittableRandom random = new SplittableRandom(31);
    int matches = 0;
    int[] kinds = new int[5]; // with a date, a bare credit, a wire, no dash, ending without space
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      int shape = random.nextInt(4);
      if (shape == 0) {
        text.append(PIECES[random.nextInt(6)]).append(", April 3, 2019 (BSS/AFP) – ");
      } else if (shape == 1) {
        text.append(PIECES[random.nextInt(6)]).append(", Japan, Dec. 9 Kyodo - ");
      }
      int count = random.nextInt(14);
      for (int i = 0; i < count; i++) {
        text.insert(random.nextInt(text.length() + 1), PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextInt(10) == 0) {
        // Near the 160 chars the pattern is given: its end, and $, fall anywhere in a dateline.
        text.insert(0, "A".repeat(120 + random.nextInt(40)));
      }
      String paragraph = text.toString();
      DatelineSpans expected = DatelineReader.dashedSpans(paragraph, true);
      DatelineSpans found = DatelineReader.dashedSpans(paragraph, false);
      assertThat(spans(found)).as("%s", paragraph).isEqualTo(spans(expected));
      if (expected != null) {
        matches++;
        kinds[0] += expected.monthStart >= 0 ? 1 : 0;
        kinds[1] += expected.bareCreditStart >= 0 ? 1 : 0;
        kinds[2] += expected.wireStart >= 0 ? 1 : 0;
        kinds[3] += expected.dashStart < 0 ? 1 : 0;
        kinds[4] += expected.end == 0 || paragraph.charAt(expected.end - 1) != ' ' ? 1 : 0;
      }
    }
    assertThat(matches).as("random strings the pattern matches").isGreaterThan(5_000);
    assertThat(Arrays.stream(kinds).min().orElseThrow())
        .as("fewest matches of one kind in %s", Arrays.toString(kinds))
        .isGreaterThan(50);
  }

  @Test
  void aLazyPlaceEndsAtTheFirstCommaThatLetsTheRestMatch() {
    DatelineSpans spans =
        DatelineReader.dashedSpans("SAITAMA, Japan, Dec. 9 Kyodo - The city.", false);

    assertThat(spans.group(0, spans.placeEnd)).isEqualTo("SAITAMA");
    assertThat(spans.group(spans.monthStart, spans.monthEnd)).isEqualTo("Dec");
    assertThat(spans.group(spans.bareCreditStart, spans.bareCreditEnd)).isEqualTo("Kyodo");
    assertThat(spans.end).isEqualTo("SAITAMA, Japan, Dec. 9 Kyodo - ".length());
  }

  private static String spans(DatelineSpans s) {
    if (s == null) {
      return "no match";
    }
    return String.join(
        " ",
        "place=" + s.placeEnd,
        "month=" + range(s.monthStart, s.monthEnd),
        "day=" + range(s.monthStart < 0 ? -1 : s.dayStart, s.dayEnd),
        "year=" + range(s.yearStart, s.yearEnd),
        "bare=" + range(s.bareCreditStart, s.bareCreditEnd),
        "credit=" + range(s.creditStart, s.creditEnd),
        "wire=" + range(s.wireStart, s.wireEnd),
        "dash=" + s.dashStart,
        "end=" + s.end);
  }

  private static String range(int start, int end) {
    return start < 0 ? "-" : start + ".." + end;
  }
}
