package io.wirefeed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CpuBreakdownTest {

  @Test
  void namesEachKindOfThreadByWhatRunsOnIt() {
    String broker = CpuBreakdown.BROKER;
    assertThat(CpuBreakdown.javaPart("bench-full-1f2e-StreamThread-2", broker))
        .isEqualTo(CpuBreakdown.STREAM_THREADS);
    assertThat(
            CpuBreakdown.javaPart(
                "kafka-producer-network-thread | bench-full-1f2e-StreamThread-2-producer", broker))
        .isEqualTo(CpuBreakdown.CLIENT_IO);
    assertThat(CpuBreakdown.javaPart("data-plane-kafka-request-handler-0", broker))
        .isEqualTo(CpuBreakdown.BROKER);
    assertThat(CpuBreakdown.javaPart("main", broker)).isEqualTo(CpuBreakdown.OTHER);
    assertThat(CpuBreakdown.javaPart("kafka-streams-cleanup", CpuBreakdown.OTHER))
        .as("in a JVM without a broker, a thread of no known name is no broker's")
        .isEqualTo(CpuBreakdown.OTHER);
    assertThat(CpuBreakdown.nativePart("C2 CompilerThre")).isEqualTo(CpuBreakdown.JIT);
    assertThat(CpuBreakdown.nativePart("G1 Conc#0")).isEqualTo(CpuBreakdown.GC);
    assertThat(CpuBreakdown.nativePart("rocksdb:low")).isNull();
  }

  @Test
  void chargesTheCpuOfAStreamThreadToStreamThreads() throws Exception {
    CpuBreakdown.Start start = CpuBreakdown.start();
    CountDownLatch burnt = new CountDownLatch(1);
    CountDownLatch measured = new CountDownLatch(1);
    // Alive until measured: as in the bench, whose stream threads run until the figures are in.
    Thread worker =
        new Thread(
            () -> {
              burnCpu();
              burnt.countDown();
              awaitQuietly(measured);
            },
            "test-app-StreamThread-1");
    worker.start();
    burnt.await();
    CpuBreakdown cpu = start.stop(1_000);
    measured.countDown();
    worker.join();

    double streamMicros = cpu.microsPerMessage().get(CpuBreakdown.STREAM_THREADS);
    // The worker hashes for at least 200 ms of CPU: 200 µs per message over 1,000 messages.
    assertThat(streamMicros).isGreaterThan(150);
    assertThat(cpu.totalMicrosPerMessage()).isGreaterThanOrEqualTo(streamMicros);
    assertThat(cpu.microsPerMessage().keySet())
        .containsExactly(
            CpuBreakdown.STREAM_THREADS,
            CpuBreakdown.CLIENT_IO,
            CpuBreakdown.BROKER,
            CpuBreakdown.JIT,
            CpuBreakdown.GC,
            CpuBreakdown.OTHER);
  }

  @Test
  void addsAnotherProcesssFiguresPartByPart() {
    Map<String, Double> bench = new LinkedHashMap<>();
    Map<String, Double> shape = new LinkedHashMap<>();
    CpuBreakdown.PARTS.forEach(part -> bench.put(part, 1.0));
    CpuBreakdown.PARTS.forEach(part -> shape.put(part, 0.0));
    shape.put(CpuBreakdown.STREAM_THREADS, 40.0);
    shape.put(CpuBreakdown.JIT, 2.5);

    CpuBreakdown both = new CpuBreakdown(bench, 0.75).plus(new CpuBreakdown(shape, 1.0));

    assertThat(both.microsPerMessage())
        .containsEntry(CpuBreakdown.STREAM_THREADS, 41.0)
        .containsEntry(CpuBreakdown.JIT, 3.5)
        .containsEntry(CpuBreakdown.BROKER, 1.0);
    assertThat(both.microsPerMessage().keySet()).containsExactlyElementsOf(CpuBreakdown.PARTS);
    assertThat(both.totalMicrosPerMessage()).isEqualTo(48.5);
    assertThat(both.coresBusy()).isEqualTo(1.75);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void burnCpu() {
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long until = bean.getCurrentThreadCpuTime() + 200_000_000L;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] block = new byte[4096];
      while (bean.getCurrentThreadCpuTime() < until) {
        block[0] = sha.digest(block)[0];
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
