package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.parse.framing.WireFramer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureReaderTest {

  @TempDir Path dir;

  @Test
  void aSingleMessageComesBackWholeByteForByteNamedAfterTheFile() throws IOException {
    assertThat(split("ZCZC\nA\nB\n\nbody\nNNNN\n")).containsExactly("ZCZC\nA\nB\n\nbody\nNNNN\n");
    assertThat(split("Plain one.\n\nPlain two.\n")).containsExactly("Plain one.\n\nPlain two.\n");
    Path file = write("one.txt", "\n\nZCZC\nA\n\nbody\nNNNN\n\n");
    try (var reader = new CaptureReader(InputFiles.FILES, file, 1000, 8)) {
      FeedMessage message = reader.next();
      assertThat(message.name()).isEqualTo(file.toString());
      assertThat(new String(message.bytes(), StandardCharsets.UTF_8))
          .isEqualTo("\n\nZCZC\nA\n\nbody\nNNNN\n\n");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void concatenatedTelexMessagesSplitWithTheirPreamblesAndCrlfKept() throws IOException {
    List<String> messages =
        split("ZCZC\r\none\r\nNNNN\r\nQQ preamble\r\nZCZC BFF\r\ntwo\r\nNNNN\r\n");

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith("ZCZC\r\none\r\nNNNN");
    assertThat(messages.get(1)).contains("ZCZC BFF\r\ntwo\r\nNNNN");
  }

  @Test
  void messagesOfDifferentFormatsInOneCaptureSplitToo() throws IOException {
    String anpa = "\u0016\u0016\u0001a0001 r f BC-Test 123\u0002 Body text.\u0003\u0004";
    String telex = "ZCZC\nBFF-1\nSLUG\nHeadline\n\nBody.\nNNNN\n";

    List<String> messages = split(anpa + "\n" + telex);

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith("\u0016\u0016\u0001");
    assertThat(messages.get(1).strip()).startsWith("ZCZC");
  }

  @Test
  void aCaptureOfMoreMessagesThanOneRecordMayHoldComesOutOneMessageEach() throws IOException {
    int count = 1_221;
    StringBuilder capture = new StringBuilder();
    for (int i = 0; i < count; i++) {
      capture.append(telex(i));
    }
    Path file = write("big.txt", capture.toString());

    List<FeedMessage> messages = readAll(file, 8 * 1024 * 1024, CaptureReader.FIRST_WINDOW_BYTES);

    assertThat(messages).hasSize(count);
    assertThat(messages.get(0).name()).isEqualTo(file + "#1");
    assertThat(messages.get(count - 1).name()).isEqualTo(file + "#" + count);
    for (int i = 0; i < count; i++) {
      assertThat(new String(messages.get(i).bytes(), StandardCharsets.UTF_8)).isEqualTo(telex(i));
    }
  }

  @Test
  void aTelexMessageEndsAfterItsNnnnLineAndTheNextOnesHeaderTravelsWithIt() throws IOException {
    String first = "ZCZC\nBFF-1\nSLUG\nHeadline\n\nBody.\nNNNN\n";
    String second =
        "BSS-27 Mayor re-elected\n\n142\n\nZCZC\nBFF-2\nSLUG\nHeadline\n\nBody.\nNNNN\n";

    assertThat(split(first + second)).containsExactly(first, second);
    // The same whatever the window: the header is framed again with the next message.
    Path file = write("pair.txt", first + second);
    for (int window = 8; window < 140; window += 7) {
      assertThat(readAll(file, 1_000, window))
          .extracting(message -> new String(message.bytes(), StandardCharsets.UTF_8))
          .as("window %d", window)
          .containsExactly(first, second);
    }
  }

  /**
   * Window edges fall anywhere: inside a ZCZC, between SYN and SOH, in an XML end tag. (Each
   * message starts a line, as in a real capture: a window starts where a message ended, and its
   * first byte counts as a line start.)
   */
  @Test
  void smallWindowsCutExactlyWhereFramingTheWholeFileCuts() throws IOException {
    Random random = new Random(12);
    for (int round = 0; round < 40; round++) {
      StringBuilder capture = new StringBuilder();
      int messages = 1 + random.nextInt(30);
      for (int i = 0; i < messages; i++) {
        capture.append(
            switch (random.nextInt(4)) {
              case 0 -> telex(i);
              case 1 ->
                  "\u0016\u0016\u0001a"
                      + i
                      + "\u001fr f BC-Slug "
                      + i
                      + "\u0002 Text.\u0003\u0004\n";
              case 2 -> "\n<nitf><head><title>T" + i + "</title></head><body>B</body></nitf>\n";
              default -> "noise line\n".repeat(random.nextInt(3));
            });
      }
      byte[] bytes = capture.toString().getBytes(StandardCharsets.UTF_8);
      Path file = Files.write(dir.resolve("mix-" + round + ".txt"), bytes);
      List<String> expected =
          readAll(file, 1_000_000, bytes.length + 1).stream()
              .map(message -> new String(message.bytes(), StandardCharsets.UTF_8))
              .toList();
      if (WireFramer.frame(bytes).size() < 2) {
        assertThat(expected).containsExactly(capture.toString());
      } else {
        assertThat(expected).hasSameSizeAs(WireFramer.frame(bytes));
      }

      int window = 4 + random.nextInt(200);
      List<String> actual =
          readAll(file, 1_000_000, window).stream()
              .map(message -> new String(message.bytes(), StandardCharsets.UTF_8))
              .toList();

      assertThat(actual).as("round %d, window %d", round, window).isEqualTo(expected);
    }
  }

  @Test
  void aMessageLargerThanARecordMayBeIsNamedWithWhereItStarts() throws IOException {
    Path file = write("huge.txt", telex(1) + "ZCZC\n" + "x".repeat(5_000) + "\nNNNN\n" + telex(3));

    assertThatThrownBy(() -> readAll(file, 1_000, 64))
        .isInstanceOf(CaptureReader.MessageTooLargeException.class)
        .hasMessage(
            file
                + "#2 (from byte "
                + telex(1).length()
                + ") is larger than 1000 bytes (topics.max.message.bytes) and cannot be one"
                + " record");
  }

  static String telex(int n) {
    return "ZCZC\nBFF-" + n + "\nSLUG-" + n + "\nHeadline " + n + "\n\nBody " + n + ".\nNNNN\n";
  }

  private List<String> split(String capture) throws IOException {
    Path file = write("capture.txt", capture);
    return readAll(file, 1_000_000, CaptureReader.FIRST_WINDOW_BYTES).stream()
        .map(message -> new String(message.bytes(), StandardCharsets.UTF_8))
        .toList();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<FeedMessage> readAll(Path file, int maxMessageBytes, int window)
      throws IOException {
    List<FeedMessage> messages = new ArrayList<>();
    try (var reader = new CaptureReader(InputFiles.FILES, file, maxMessageBytes, window)) {
      for (FeedMessage message = reader.next(); message != null; message = reader.next()) {
        messages.add(message);
      }
    }
    return messages;
  }
}
