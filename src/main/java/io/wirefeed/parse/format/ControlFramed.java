package io.wirefeed.parse.format;

import static io.wirefeed.parse.text.ControlChars.EOT;
import static io.wirefeed.parse.text.ControlChars.SOH;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.ByteScan;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.text.Utf8Text;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import io.wirefeed.story.StoryKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the ANPA-1312 and IPTC 7901 parsers share: a message framed by control bytes (SOH header,
 * STX text, ETX trailer up to EOT) whose header numbers the story, and a story key made of agency,
 * slug and the day the message was sent.
 */
final class ControlFramed {

  /** The SOH that starts the header stands within this many characters of the start. */
  private static final int MAX_SOH_OFFSET = 16;

  private ControlFramed() {}

  /**
   * Where the header's SOH is in the text's UTF-8 bytes ({@link DecodedText#utf8()}), or -1 if
   * there is none among the first characters.
   */
  static int headerStart(DecodedText text) {
    Utf8Text utf8 = text.utf8();
    return ByteScan.indexOf(utf8.bytes(), (byte) SOH, utf8.from(), utf8.endOfChars(MAX_SOH_OFFSET));
  }

  /** The trailer after the ETX at byte {@code etx}, up to EOT; empty where there is no ETX. */
  static String trailer(Utf8Text text, int etx) {
    if (etx < 0) {
      return "";
    }
    int eot = text.indexOf(EOT, etx + 1);
    return text.decode(etx + 1, eot < 0 ? text.to() : eot);
  }

  /** Sets the story key: agency, slug and the UTC day of transmission where the message has one. */
  static void keyByDay(Editorial.Builder editorial, String agency, String slug) {
    Instant sent = editorial.transmittedAt();
    LocalDate day = sent == null ? null : LocalDate.ofInstant(sent, ZoneOffset.UTC);
    editorial.storyKey(StoryKeys.of(agency, slug, day));
  }

  /** The header's story number is the story code. */
  static ParsedStory.Builder story(
      ParsedFormat format, StoryBody body, DecodedText decoded, Editorial editorial) {
    return StoryAssembly.story(format, body, decoded.charset())
        .storyCode(editorial.storyNumber())
        .editorial(editorial);
  }

  /** A header number: one to six digits. */
  static boolean isDigits(String token) {
    if (token.isEmpty() || token.length() > 6) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
