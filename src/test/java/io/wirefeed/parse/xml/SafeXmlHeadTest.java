package io.wirefeed.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.framing.DecodedText;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Root detection asks one message for several markers in turn, and keeps where its first {@code <}
 * stands for the next one: each answer is still the text's own.
 */
class SafeXmlHeadTest {

  private static final String[] PIECES = {
    "a",
    "word ",
    "<nitf",
    "<NewsML",
    "<newsItem",
    "<news",
    "<",
    "<<",
    "é",
    "’",
    "\uD83D\uDE00",
    "\n"
  };

  private static final String[] MARKERS = {"<nitf", "<NewsML", "<newsItem", "<newsMessage", "nitf"};

  @Test
  void eachMarkerInTurnIsFoundInTheFirstCharsAsTheTextFindsIt() {
    SplittableRandom random = new SplittableRandom(21);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder built = new StringBuilder();
      // Most texts end near the 2,048 chars looked at, so markers fall on both sides of the limit.
      int length = random.nextInt(10) == 0 ? random.nextInt(40) : 2_000 + random.nextInt(100);
      while (built.length() < length) {
        built.append(
            random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] : "plain text ");
      }
      String text = built.toString();
      String head = text.substring(0, Math.min(2_048, text.length()));
      DecodedText decoded = new DecodedText(text, "UTF-8");
      for (int k = 0; k < MARKERS.length; k++) {
        String marker = MARKERS[random.nextInt(MARKERS.length)];
        assertThat(SafeXml.headContains(decoded, marker))
            .as("%s in the head of %s", marker, text)
            .isEqualTo(head.contains(marker));
      }
    }
  }
}
