package io.wirefeed.parse.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodesValidUtf8AsUtf8() throws Exception {
    DecodedText text = TextDecoder.decode("“Café” – ok".getBytes(StandardCharsets.UTF_8));

    assertThat(text).isEqualTo(new DecodedText("“Café” – ok", "UTF-8"));
  }

  @Test
  void fallsBackToWindows1252() throws Exception {
    byte[] raw = "“Café” – ok".getBytes(Charset.forName("windows-1252"));

    assertThat(raw[0]).isEqualTo((byte) 0x93);
    assertThat(TextDecoder.decode(raw)).isEqualTo(new DecodedText("“Café” – ok", "windows-1252"));
  }

  @Test
  void stripsTheUtf8ByteOrderMark() throws Exception {
    byte[] raw = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

    assertThat(TextDecoder.decode(raw)).isEqualTo(new DecodedText("hi", "UTF-8"));
  }

  @Test
  void rejectsBytesUndefinedInWindows1252() {
    byte[] raw = {'a', (byte) 0x93, 'b', (byte) 0x81, 'c'};

    assertThatThrownBy(() -> TextDecoder.decode(raw))
        .isInstanceOf(UndecodableTextException.class)
        .hasMessage(
            "undecodable text: not UTF-8 (invalid byte 0x93 at offset 1) and not windows-1252"
                + " (undefined byte 0x81 at offset 3)");
  }

  @Test
  void reportsATruncatedUtf8SequenceAtTheEnd() {
    byte[] raw = {'a', (byte) 0x8D, (byte) 0xE2};

    assertThatThrownBy(() -> TextDecoder.decode(raw))
        .hasMessageContaining("not UTF-8 (invalid byte 0x8D at offset 1)")
        .hasMessageContaining("undefined byte 0x8D at offset 1");
  }
}
