package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.framing.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast decoder must accept exactly what the JDK's strict decoder accepts, and give its text.
 */
class Utf8Test {

  /** Bytes at and around every boundary of the UTF-8 table, plus ASCII. */
  private static final int[] EDGE_BYTES = {
    0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
    0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
  };

  @Test
  void acceptsExactlyWhatTheStrictDecoderAccepts() {
    SplittableRandom random = new SplittableRandom(3);
    int wellFormed = 0;
    for (int n = 0; n < 300_000; n++) {
      byte[] raw = randomBytes(random);
      int from = raw.length > 0 && random.nextInt(4) == 0 ? random.nextInt(raw.length) : 0;
      String strict = strictlyDecoded(raw, from);
      boolean expected = strict != null;
      assertThat(Utf8.decode(raw, from, raw.length))
          .as("%s from %d", HexFormat.of().formatHex(raw), from)
          .isEqualTo(strict);
      if (expected) {
        wellFormed++;
      }
    }
    assertThat(wellFormed).as("well-formed samples").isGreaterThan(10_000);
  }

  @Test
  void decodesWellFormedTextAsTheStrictDecoderDoes() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder("x"); // not a byte order mark, which is dropped
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        int codePoint =
            switch (random.nextInt(4)) {
              case 0 -> random.nextInt(0x80);
              case 1 -> random.nextInt(0x80, 0x800);
              case 2 -> random.nextInt(0x800, 0x10000);
              default -> random.nextInt(0x10000, 0x110000);
            };
        if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
          text.appendCodePoint(codePoint);
        }
      }
      byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(Utf8.decode(raw, 0, raw.length)).isEqualTo(text.toString());
      assertThat(TextDecoder.decode(raw)).isEqualTo(new DecodedText(text.toString(), "UTF-8"));
    }
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] raw = new byte[random.nextInt(24)];
    for (int i = 0; i < raw.length; i++) {
      raw[i] =
          (byte)
              (random.nextInt(3) == 0
                  ? random.nextInt(256)
                  : random.nextBoolean()
                      ? EDGE_BYTES[random.nextInt(EDGE_BYTES.length)]
                      : 0x80 + random.nextInt(0x40));
    }
    // Sometimes a long ASCII run, so that the eight-bytes-at-a-time lane is crossed.
    if (random.nextInt(4) == 0) {
      byte[] ascii = new byte[random.nextInt(30)];
      Arrays.fill(ascii, (byte) 'a');
      int at = random.nextInt(raw.length + 1);
      byte[] joined = new byte[raw.length + ascii.length];
      System.arraycopy(raw, 0, joined, 0, at);
      System.arraycopy(ascii, 0, joined, at, ascii.length);
      System.arraycopy(raw, at, joined, at + ascii.length, raw.length - at);
      raw = joined;
    }
    return raw;
  }

  /** The strict decoder's text, or null where it reports an error. */
  private static String strictlyDecoded(byte[] raw, int from) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw, from, raw.length - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void noWhitespaceCodePointIsToldNotWhitespaceByItsLeadOrLastByte() {
    int whitespace = 0;
    for (int codePoint = 0x80; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
        continue;
      }
      byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
      if (Character.isWhitespace(codePoint)) {
        whitespace++;
        assertThat(Utf8.leadMayBeWhitespace(bytes[0])).as("U+%04X", codePoint).isTrue();
        assertThat(Utf8.lastByteMayBeWhitespace(bytes[bytes.length - 1]))
            .as("U+%04X", codePoint)
            .isTrue();
      }
    }
    assertThat(whitespace).as("non-ASCII whitespace code points").isGreaterThan(10);
    // The chars the quick tests exist for: curly quotes and dashes end outside the set.
    for (char c : new char[] {'’', '‘', '“', '”', '–', '—'}) {
      byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      assertThat(Utf8.lastByteMayBeWhitespace(bytes[2])).as("%s", c).isFalse();
    }
  }
}
