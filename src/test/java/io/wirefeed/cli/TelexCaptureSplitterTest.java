package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelexCaptureSplitterTest {

  private final CaptureSplitter splitter = new TelexCaptureSplitter();

  @Test
  void aSingleMessageComesBackWholeTextAfterItsEndMarkerIncluded() {
    assertThat(split("ZCZC\nA\nB\n\nbody\nNNNN\ntrailer\n"))
        .containsExactly("ZCZC\nA\nB\n\nbody\nNNNN\ntrailer\n");
    assertThat(split("Plain one.\n\nPlain two.\n")).containsExactly("Plain one.\n\nPlain two.\n");
  }

  @Test
  void concatenatedMessagesSplitAfterEachEndMarkerWithPreamblesAndCrlfKept() {
    assertThat(split("ZCZC\r\none\r\nNNNN\r\nQQ preamble\r\nZCZC BFF\r\ntwo\r\nNNNN\r\n\r\n"))
        .containsExactly("ZCZC\r\none\r\nNNNN\r\n", "QQ preamble\r\nZCZC BFF\r\ntwo\r\nNNNN\r\n");
  }

  @Test
  void aMissingEndMarkerEndsAtTheNextStartAndATailIsNeverDropped() {
    assertThat(split("ZCZC\none\nZCZC\ntwo\nNNNN\nstray text\n"))
        .containsExactly("ZCZC\none\n", "ZCZC\ntwo\nNNNN\n", "stray text\n");
  }

  private List<String> split(String capture) {
    return splitter.split(capture.getBytes(StandardCharsets.UTF_8)).stream()
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .toList();
  }
}
