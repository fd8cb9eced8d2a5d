package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramingCaptureSplitterTest {

  private final CaptureSplitter splitter = new FramingCaptureSplitter();

  @Test
  void aSingleMessageComesBackWholeByteForByte() {
    assertThat(split("ZCZC\nA\nB\n\nbody\nNNNN\n")).containsExactly("ZCZC\nA\nB\n\nbody\nNNNN\n");
    assertThat(split("Plain one.\n\nPlain two.\n")).containsExactly("Plain one.\n\nPlain two.\n");
  }

  @Test
  void concatenatedTelexMessagesSplitWithTheirPreamblesAndCrlfKept() {
    List<String> messages =
        split("ZCZC\r\none\r\nNNNN\r\nQQ preamble\r\nZCZC BFF\r\ntwo\r\nNNNN\r\n");

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith("ZCZC\r\none\r\nNNNN");
    assertThat(messages.get(1)).contains("ZCZC BFF\r\ntwo\r\nNNNN");
  }

  @Test
  void messagesOfDifferentFormatsInOneCaptureSplitToo() {
    String anpa = "\u0016\u0016\u0001a0001 r f BC-Test 123\u0002 Body text.\u0003\u0004";
    String telex = "ZCZC\nBFF-1\nSLUG\nHeadline\n\nBody.\nNNNN\n";

    List<String> messages = split(anpa + "\n" + telex);

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith("\u0016\u0016\u0001");
    assertThat(messages.get(1).strip()).startsWith("ZCZC");
  }

  private List<String> split(String capture) {
    return splitter.split(capture.getBytes(StandardCharsets.UTF_8)).stream()
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .toList();
  }
}
