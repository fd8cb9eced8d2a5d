package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafePreviewTest {

  @Test
  void controlCharactersQuotesAndBadBytesAreEscapedOnOneLine() {
    byte[] raw = {'Z', 'C', '\n', 0, 7, '"', '\\', (byte) 0xff, 0x1b, '[', '2', 'J'};

    assertThat(SafePreview.of(ByteBuffer.wrap(raw)))
        .isEqualTo("\"ZC\\n\\u0000\\u0007\\\"\\\\\uFFFD\\u001b[2J\" (12 bytes)");
  }

  @Test
  void longMessagesAreCutAndATombstoneSaysSo() {
    String preview =
        SafePreview.of(ByteBuffer.wrap("x".repeat(500).getBytes(StandardCharsets.UTF_8)));

    assertThat(preview).isEqualTo("\"" + "x".repeat(SafePreview.MAX_CHARS) + "\"… (500 bytes)");
    assertThat(SafePreview.of(null)).isEqualTo("(no value)");
  }
}
