package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void countsMessagesOfAllAndTheEtaFollowsTheMessageRate() {
    StringWriter err = new StringWriter();
    var progress = new ReplayProgress(new PrintWriter(err, true), false, 12, 0);
    for (int i = 0; i < 3; i++) {
      progress.messageSent(50_000_000);
    }

    progress.show(3 * SECOND);

    // 3 of 12 at 1 msg/s: 25%, 9 s to go, whatever the bytes of the messages were.
    assertThat(err.toString().lines().reduce((first, second) -> second).orElseThrow())
        .isEqualTo("replay: 0 files, 3/12 messages, 1.0 msg/s,  25%, ETA 0:00:09");
  }
}
