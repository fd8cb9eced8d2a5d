package io.wirefeed.parse;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.parse.framing.FramedMessage;
import io.wirefeed.parse.framing.WireFramer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binary and compressed input is one reject with one reason, never stories of garbage. */
class BinaryInputTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @ParameterizedTest
  @ValueSource(ints = {2_048, 102_400})
  void randomBytesAreOneReject(int size) {
    for (long seed = 1; seed <= 20; seed++) {
      byte[] noise = new byte[size];
      new Random(seed).nextBytes(noise);

      List<MessageResult> results = parser.parseAll(noise);

      assertThat(results).as("seed %d", seed).hasSize(1);
      assertThat(results.get(0).bytes()).isSameAs(noise);
      assertThat(reason(results.get(0))).as("seed %d", seed).startsWith("binary content: ");
    }
  }

  @Test
  void noiseWithoutNulBytesNamesTheShareOfJunk() {
    byte[] noise = new byte[4_096];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = 0x01;
      }
    }

    assertThat(reason(parser.parseAll(noise).get(0)))
        .matches(
            "binary content: \\d\\d% of the first 4096 bytes are control codes or stray 8-bit"
                + " bytes, not text");
  }

  @Test
  void controlBytesInNoiseDoNotFrameMessages() {
    byte[] noise = new byte[8_192];
    new Random(3).nextBytes(noise);

    assertThat(WireFramer.frame(noise)).hasSize(1);
  }

  @Test
  void aLoneSohWithoutAHeaderAndStxStartsNoMessage() {
    String text = "Prices rose.\n\u0001\u00ff\u0013 stray\nPrices fell.\n";

    List<FramedMessage> framed = WireFramer.frame(text.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(framed).singleElement().satisfies(m -> assertThat(m.byteOffset()).isZero());
  }

  @Test
  void gzipIsRejectedAsCompressed() throws IOException {
    byte[] telex = parseFixture("telex-lf-line-ends.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(telex);
    }

    assertThat(parser.parseAll(out.toByteArray()))
        .singleElement()
        .satisfies(
            r -> assertThat(reason(r)).isEqualTo("compressed input (gzip): decompress first"));
  }

  @Test
  void zipIsRejectedAsCompressed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("story.txt"));
      zip.write(parseFixture("telex-lf-line-ends.txt"));
      zip.closeEntry();
    }

    assertThat(parser.parseAll(out.toByteArray()))
        .singleElement()
        .satisfies(
            r -> assertThat(reason(r)).isEqualTo("compressed input (zip): decompress first"));
  }

  @Test
  void latin1ProseAndControlHeavyAgateAreText() {
    assertThat(parser.parse(parseFixture("telex-windows-1252.txt")))
        .isInstanceOf(ParseResult.Parsed.class);
    assertThat(parser.parse(parseFixture("anpa-agate-division-headings-and-score-lines.tst")))
        .isInstanceOf(ParseResult.Parsed.class);
  }

  @Test
  void aJunkMessageAmongGoodOnesIsRejectedAlone() {
    byte[] good = parseFixture("telex-lf-line-ends.txt");
    byte[] junk = new byte[600];
    new Random(11).nextBytes(junk);
    for (int i = 0; i < junk.length; i++) {
      if (junk[i] == 0 || junk[i] == '\n' || junk[i] == '\r') {
        junk[i] = (byte) 0x9D;
      }
    }
    byte[] zczc = "\nZCZC\n".getBytes(StandardCharsets.US_ASCII);
    byte[] record = new byte[good.length * 4 + zczc.length + junk.length];
    int at = 0;
    for (int copy = 0; copy < 4; copy++) {
      System.arraycopy(good, 0, record, at, good.length);
      at += good.length;
    }
    System.arraycopy(zczc, 0, record, at, zczc.length);
    System.arraycopy(junk, 0, record, at + zczc.length, junk.length);

    List<MessageResult> results = parser.parseAll(record);

    assertThat(results).hasSize(5);
    assertThat(results.subList(0, 4))
        .allSatisfy(r -> assertThat(r.result()).isInstanceOf(ParseResult.Parsed.class));
    assertThat(reason(results.get(4))).startsWith("binary content: ");
  }

  private static String reason(MessageResult result) {
    assertThat(result.result()).isInstanceOf(ParseResult.Failed.class);
    return ((ParseResult.Failed) result.result()).reason();
  }
}
