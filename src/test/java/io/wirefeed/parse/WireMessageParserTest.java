package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.parse.format.WireParser;
import io.wirefeed.parse.format.WireParsers;
import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.story.ParsedFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The facade's checks on bad input, and its promise never to throw. */
class WireMessageParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void nullMessageFails() {
    assertThat(parser.parse(null))
        .isEqualTo(ParseResult.failed("no message: the record value is null"));
  }

  @Test
  void emptyMessageFails() {
    assertThat(parser.parse(new byte[0])).isEqualTo(ParseResult.failed("empty message"));
  }

  @Test
  void byteOrderMarkAloneIsEmpty() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    assertThat(parser.parse(bom)).isEqualTo(ParseResult.failed("empty message"));
  }

  @Test
  void whitespaceOnlyMessageFails() {
    assertThat(parser.parse(" \r\n\t \n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(ParseResult.failed("whitespace-only message"));
  }

  @Test
  void binaryMessageFailsNamingTheFirstNulByte() {
    byte[] raw = "ZCZC header then \0 binary".getBytes(StandardCharsets.US_ASCII);

    assertThat(parser.parse(raw))
        .isEqualTo(ParseResult.failed("binary content: NUL byte at offset 17"));
  }

  @Test
  void messageOverTheSizeLimitFailsBeforeAnyScan() {
    byte[] raw = new byte[2_097_152];
    Arrays.fill(raw, (byte) 0);

    assertThat(parser.parse(raw))
        .isEqualTo(
            ParseResult.failed(
                "message is 2097152 bytes, over the 1048576-byte limit"
                    + " (parse.max.message.bytes)"));
  }

  @Test
  void messageAtTheSizeLimitIsParsed() {
    byte[] raw = new byte[100];
    Arrays.fill(raw, (byte) 'a');

    assertThat(new WireMessageParser(new ParseLimits(100, 10)).parse(raw))
        .isInstanceOf(ParseResult.Parsed.class);
  }

  @Test
  void messageWithTooManyLinesFails() {
    byte[] raw = "line\n".repeat(11).getBytes(StandardCharsets.US_ASCII);

    assertThat(new WireMessageParser(new ParseLimits(1000, 10)).parse(raw))
        .isEqualTo(
            ParseResult.failed("message has more than 10 lines, over the limit (parse.max.lines)"));
  }

  @Test
  void undecodableMessageFailsWithTheOffendingBytes() {
    byte[] raw = {'o', 'k', (byte) 0x9D};

    assertThat(parser.parse(raw))
        .isEqualTo(
            ParseResult.failed(
                "undecodable text: not UTF-8 (invalid byte 0x9D at offset 2) and not"
                    + " windows-1252 (undefined byte 0x9D at offset 2)"));
  }

  @Test
  void parserExceptionBecomesAFailureNamingTheFormat() {
    WireParser broken =
        new WireParser() {
          @Override
          public ParsedFormat format() {
            return ParsedFormat.NITF;
          }

          @Override
          public boolean accepts(DecodedText text) {
            return true;
          }

          @Override
          public ParseResult parse(DecodedText text) {
            throw new IllegalStateException("x".repeat(10_000));
          }
        };
    WireMessageParser withBroken =
        new WireMessageParser(
            ParseLimits.DEFAULTS,
            Stream.concat(Stream.of(broken), WireParsers.all().stream()).toList());

    ParseResult result = withBroken.parse("text".getBytes(StandardCharsets.US_ASCII));

    assertThat(result).isInstanceOf(ParseResult.Failed.class);
    String reason = ((ParseResult.Failed) result).reason();
    assertThat(reason).startsWith("NITF parser failed: IllegalStateException: xxx");
    assertThat(reason).hasSizeLessThan(200);
  }

  @Test
  void picksTheTelexParserOnlyForZczcMessages() {
    assertThat(
            Fixtures.parsed(parser.parse(bytes("ZCZC\nBSS-1\nSLUG\nHeadline\nText.\n"))).format())
        .isEqualTo(ParsedFormat.ZCZC);
    assertThat(Fixtures.parsed(parser.parse(bytes("Just text.\n"))).format())
        .isEqualTo(ParsedFormat.PLAIN_TEXT);
  }

  @Test
  void hostileInputsFinishQuickly() {
    List<String> hostile =
        List.of(
            "ZCZC\n" + "-".repeat(1_000_000),
            "ZCZC\nA\nB\n" + "AB/".repeat(300_000) + "0826 hrs",
            "ZCZC\nX\n\n" + "MOSCOW" + " ".repeat(900_000) + "(",
            "\n".repeat(49_000) + "ZCZC",
            "A-\n".repeat(40_000));

    for (String text : hostile) {
      long start = System.nanoTime();
      assertThat(parser.parse(bytes(text))).isNotNull();
      assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
