package io.wirefeed.parse.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFramerTest {

  private static final String SYN_SYN_SOH = "\u0016\u0016\u0001";

  @Test
  void aRecordWithoutFramingIsOnePlainTextMessage() {
    byte[] raw = bytes("Just a paragraph.\n");

    assertThat(WireFramer.frame(raw))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.hint()).isEqualTo(ParsedFormat.PLAIN_TEXT);
              assertThat(m.byteOffset()).isZero();
              assertThat(m.bytes()).isEqualTo(raw);
            });
  }

  @Test
  void aStripped7901HeaderIsRecognisedWithoutControlBytes() {
    byte[] raw = bytes("\nxyz00042 3 pl 120    dpa 0042\n\nSlug/\nHeadline =\n\nText.\n");

    assertThat(WireFramer.frame(raw))
        .extracting(FramedMessage::hint)
        .containsExactly(ParsedFormat.IPTC_7901);
  }

  @Test
  void cutsMixedMessagesInOrderWithTheirOffsets() {
    String anpa =
        SYN_SYN_SOH
            + "W0001\u001fsel\nr a\u0013\u0011 BC-X     01-01 0010\n\u0002text\u0003AP\u0004";
    String iptc =
        "\u0001abc001 3 pl 10 xyz 001\n\u0002Headline =\n text\n\u0003011200 Jan 24\n\u0004";
    String telex = "ZCZC\nA-1\nSLUG\nHeadline\n\nText.\nNNNN\n";
    String nitf = "<?xml version=\"1.0\"?>\n<nitf><body/></nitf>";
    String g2 = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"></newsItem>";
    String record = "junk\r\n" + anpa + "\r\n" + iptc + "\n" + telex + nitf + "\n" + g2 + "\n";

    List<FramedMessage> framed = WireFramer.frame(bytes(record));

    assertThat(framed)
        .extracting(FramedMessage::hint)
        .containsExactly(
            ParsedFormat.ANPA_1312,
            ParsedFormat.IPTC_7901,
            ParsedFormat.ZCZC,
            ParsedFormat.NITF,
            ParsedFormat.NEWSML_G2);
    assertThat(framed).extracting(FramedMessage::byteOffset).startsWith(6);
    assertThat(text(framed.get(0))).isEqualTo(anpa);
    assertThat(text(framed.get(1))).isEqualTo(iptc);
    assertThat(text(framed.get(2))).startsWith("\n" + telex);
    assertThat(text(framed.get(3))).isEqualTo(nitf);
    assertThat(text(framed.get(4))).isEqualTo(g2);
    assertThat(framed.get(4).byteOffset()).isEqualTo(record.indexOf("<newsItem"));
  }

  @Test
  void aTelexMarkerNeedNotBeOnTheFirstLineAndMayBeLowerCaseOrIndented() {
    List<FramedMessage> framed =
        WireFramer.frame(bytes("PRIORITY 2\n\n   zczc AAP\nText one.\nZCZC\nText two.\n"));

    assertThat(framed).extracting(FramedMessage::hint).containsOnly(ParsedFormat.ZCZC);
    assertThat(text(framed.get(0))).startsWith("PRIORITY 2").endsWith("Text one.\n");
    assertThat(text(framed.get(1))).isEqualTo("ZCZC\nText two.\n");
  }

  @Test
  void aTruncatedControlFramedMessageEndsWhereTheNextOneStarts() {
    String truncated = "\u0001abc001 3 pl 10 xyz 001\n\u0002Headline =\n text";
    String whole = "\u0001abc002 3 pl 10 xyz 002\n\u0002Headline =\n text\n\u0003\u0004";

    assertThat(WireFramer.frame(bytes(truncated + whole)))
        .extracting(WireFramerTest::text)
        .containsExactly(truncated, whole);
  }

  @Test
  void aTruncatedXmlDocumentRunsToTheEndOfTheRecord() {
    String xml = "<nitf><body><p>cut off";

    assertThat(WireFramer.frame(bytes("ZCZC\nA\n" + xml)))
        .extracting(FramedMessage::hint)
        .containsExactly(ParsedFormat.ZCZC, ParsedFormat.NITF);
  }

  @Test
  void anXmlEndTagInsideTextDoesNotEndTheDocumentEarly() {
    String xml = "<nitf><p>&lt;/nitf-ish</p></nitf >";

    assertThat(WireFramer.frame(bytes(xml)))
        .singleElement()
        .satisfies(m -> assertThat(text(m)).isEqualTo(xml));
  }

  @Test
  void tooManyMessagesLeaveTheRestInOneUnframedPiece() {
    byte[] raw = bytes("ZCZC\n".repeat(WireFramer.MAX_MESSAGES + 10));

    List<FramedMessage> framed = WireFramer.frame(raw);

    assertThat(framed).hasSize(WireFramer.MAX_MESSAGES);
    assertThat(framed.get(framed.size() - 1).hint()).isNull();
    assertThat(framed.get(framed.size() - 1).bytes()).hasSize(11 * 5);
  }

  @Test
  void hostileRecordsFrameInLinearTime() {
    List<String> hostile =
        List.of(
            "<?xml\n".repeat(150_000),
            "<!--\n".repeat(200_000),
            "\u0016".repeat(1_000_000),
            "\u0001".repeat(400),
            "<nitf>\n".repeat(100_000),
            "\n".repeat(1_000_000) + "ZCZC");
    for (String text : hostile) {
      long start = System.nanoTime();
      assertThat(WireFramer.frame(bytes(text))).isNotEmpty();
      assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
    }
  }

  private static String text(FramedMessage message) {
    return new String(message.bytes(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
