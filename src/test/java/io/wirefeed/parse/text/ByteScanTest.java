package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.framing.FramedMessage;
import io.wirefeed.parse.framing.WireFramer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word-at-a-time searches, and framing that skips with them, against byte-by-byte. */
class ByteScanTest {

  @Test
  void findsWhatAByteByByteSearchFinds() {
    SplittableRandom random = new SplittableRandom(13);
    for (int n = 0; n < 200_000; n++) {
      byte[] raw = new byte[random.nextInt(40)];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
      }
      int from = random.nextInt(raw.length + 1);
      int max = random.nextInt(0x80);
      String what = HexFormat.of().formatHex(raw) + " from " + from + " max " + max;
      assertThat(ByteScan.indexOfNul(raw, from)).as(what).isEqualTo(naiveIndexOfNul(raw, from));
      assertThat(ByteScan.indexOfControl(raw, from))
          .as(what)
          .isEqualTo(naiveIndexOfControl(raw, from));
      assertThat(ByteScan.indexOfByteAtMost(raw, from, max))
          .as(what)
          .isEqualTo(naiveIndexOfByteAtMost(raw, from, max));
      int limit = from + random.nextInt(raw.length - from + 1);
      byte wanted = raw.length == 0 ? 0 : raw[random.nextInt(raw.length)];
      assertThat(ByteScan.indexOf(raw, wanted, from, limit))
          .as(what + " limit " + limit + " byte " + wanted)
          .isEqualTo(naiveIndexOf(raw, wanted, from, limit));
      assertThat(ByteScan.indexOfNonText(raw, from, limit))
          .as(what + " limit " + limit)
          .isEqualTo(naiveIndexOfNonText(raw, from, limit));
    }
  }

  @Test
  void passesOverTabsAndLineEndsButNotOtherControls() {
    byte[] text = "one\ttwo\r\nthree four five six\nseven".getBytes(StandardCharsets.US_ASCII);
    assertThat(ByteScan.indexOfNonText(text, 0, text.length)).isEqualTo(text.length);
    for (int control : new int[] {0x01, 0x0B, 0x0C, 0x1F, 0x7F, 0x80, 0xE2}) {
      byte[] marked = text.clone();
      marked[21] = (byte) control;
      assertThat(ByteScan.indexOfNonText(marked, 0, marked.length)).isEqualTo(21);
      assertThat(ByteScan.indexOfNonText(marked, 0, 21)).isEqualTo(21);
    }
  }

  @Test
  void framingThatSkipsAheadFramesAsByteByByte() {
    String[] pieces = {
      "ZCZC\n",
      "zczc AAP\r\n",
      "  ZCZC ",
      "\u0016\u0016\u0001",
      "\u0016",
      "\u0001",
      "\u0004",
      "\u0002",
      "\u0003",
      "\u001F",
      "\n",
      "\r",
      "\r\n",
      "<?xml version=\"1.0\"?>",
      "<nitf>",
      "</nitf>",
      "<newsItem>",
      "</newsItem >",
      "<NewsML>",
      "<!-- c -->",
      "  ",
      "\t",
      "The minister said ",
      "words words words words ",
      "“quoted” – ",
      "NNNN\n",
      "eca00075 3 i 510 dpa 1003\n",
      "\u007F"
    };
    SplittableRandom random = new SplittableRandom(17);
    for (int n = 0; n < 50_000; n++) {
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      int count = random.nextInt(30);
      for (int i = 0; i < count; i++) {
        record.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
      }
      byte[] raw = record.toByteArray();
      List<FramedMessage> skipping = WireFramer.frame(raw, true);
      List<FramedMessage> byteByByte = WireFramer.frame(raw, false);
      assertThat(skipping).as(new String(raw, StandardCharsets.UTF_8)).hasSameSizeAs(byteByByte);
      for (int m = 0; m < skipping.size(); m++) {
        assertThat(skipping.get(m).byteOffset()).isEqualTo(byteByByte.get(m).byteOffset());
        assertThat(skipping.get(m).hint()).isEqualTo(byteByByte.get(m).hint());
        assertThat(skipping.get(m).bytes()).isEqualTo(byteByByte.get(m).bytes());
      }
    }
  }

  private static int naiveIndexOfNul(byte[] raw, int from) {
    for (int i = from; i < raw.length; i++) {
      if (raw[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int naiveIndexOfControl(byte[] raw, int from) {
    for (int i = from; i < raw.length; i++) {
      if ((raw[i] & 0xFF) < 0x20 || raw[i] == 0x7F) {
        return i;
      }
    }
    return raw.length;
  }

  private static int naiveIndexOf(byte[] raw, byte wanted, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (raw[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static int naiveIndexOfNonText(byte[] raw, int from, int limit) {
    for (int i = from; i < limit; i++) {
      int b = raw[i] & 0xFF;
      boolean layout = b == '\t' || b == '\n' || b == '\r';
      if ((b < 0x20 && !layout) || b >= 0x7F) {
        return i;
      }
    }
    return limit;
  }

  private static int naiveIndexOfByteAtMost(byte[] raw, int from, int max) {
    for (int i = from; i < raw.length; i++) {
      if ((raw[i] & 0xFF) <= max) {
        return i;
      }
    }
    return raw.length;
  }
}
