package io.wirefeed.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessorMetricsReasonTest {

  @Test
  void numbersInReasonsDoNotMakeNewLabels() {
    assertThat(ProcessorMetrics.reasonLabel("binary content: NUL byte at offset 17"))
        .isEqualTo(ProcessorMetrics.reasonLabel("binary content: NUL byte at offset 4096"))
        .isEqualTo("binary content: NUL byte at offset N");
    assertThat(ProcessorMetrics.reasonLabel("x".repeat(500))).hasSize(80);
  }
}
