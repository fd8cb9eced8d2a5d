package io.wirefeed.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where one run's CPU time went, by kind of thread: the profile behind the throughput figures. The
 * bench runs broker, stream threads and output counter in one JVM on the same cores, so a run's
 * throughput is bounded by the CPU all of them need per message, not by the stream threads alone. A
 * Java thread is charged by name if it is still alive when the measurement stops; the CPU of
 * threads that ended before lands in {@link #OTHER}.
 *
 * @param microsPerMessage CPU microseconds per input message, by part, in report order
 * @param coresBusy process CPU time over wall time: how many cores the run kept busy
 */
record CpuBreakdown(Map<String, Double> microsPerMessage, double coresBusy) {

  static final String STREAM_THREADS = "stream threads";
  static final String CLIENT_IO = "client I/O threads";
  static final String BROKER = "broker";
  static final String JIT = "JIT compiler";
  static final String GC = "GC";
  static final String OTHER = "other (RocksDB, JVM, bench)";

  /** The parts, in report order. */
  static final List<String> PARTS = List.of(STREAM_THREADS, CLIENT_IO, BROKER, JIT, GC, OTHER);

  /** Linux reports thread CPU in clock ticks of 1/100 s on every architecture Java runs on. */
  private static final double NANOS_PER_TICK = 10_000_000;

  double totalMicrosPerMessage() {
    return microsPerMessage.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * This breakdown and another process's over the same seconds: what both used per message, and the
   * cores both kept busy.
   */
  CpuBreakdown plus(CpuBreakdown other) {
    Map<String, Double> sum = new LinkedHashMap<>(microsPerMessage);
    other.microsPerMessage.forEach((part, micros) -> sum.merge(part, micros, Double::sum));
    return new CpuBreakdown(sum, coresBusy + other.coresBusy);
  }

  /**
   * Starts measuring in the JVM that hosts the broker, whose threads are the Java threads with
   * names of no other part; {@link Start#stop} gives the breakdown of what ran in between.
   */
  static Start start() {
    return new Start(BROKER);
  }

  /** Starts measuring in a JVM without a broker (see {@link ShapeProcess}). */
  static Start startWithoutBroker() {
    return new Start(OTHER);
  }

  static final class Start {
    /** Where Java threads of no known name go. */
    private final String otherJavaThreads;

    private final long wallNanos = System.nanoTime();
    private final long processNanos = processCpuNanos();
    private final Map<Long, Long> javaThreadNanos = javaThreadCpuNanos();
    private final Map<String, Long> nativeThreadNanos = nativeThreadCpuNanos();

    private Start(String otherJavaThreads) {
      this.otherJavaThreads = otherJavaThreads;
    }

    CpuBreakdown stop(long messages) {
      Map<String, Double> nanos = new LinkedHashMap<>();
      PARTS.forEach(part -> nanos.put(part, 0.0));
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (thread != null) {
          long used =
              threads.getThreadCpuTime(thread.getThreadId())
                  - javaThreadNanos.getOrDefault(thread.getThreadId(), 0L);
          nanos.merge(
              javaPart(thread.getThreadName(), otherJavaThreads),
              (double) Math.max(0, used),
              Double::sum);
        }
      }
      nativeThreadCpuNanos()
          .forEach(
              (thread, used) -> {
                String part = nativePart(thread.substring(thread.indexOf(' ') + 1));
                if (part != null) {
                  long delta = used - nativeThreadNanos.getOrDefault(thread, 0L);
                  nanos.merge(part, (double) Math.max(0, delta), Double::sum);
                }
              });
      double process = processCpuNanos() - processNanos;
      double accounted = nanos.values().stream().mapToDouble(Double::doubleValue).sum();
      nanos.merge(OTHER, Math.max(0, process - accounted), Double::sum);
      Map<String, Double> micros = new LinkedHashMap<>();
      nanos.forEach((part, used) -> micros.put(part, used / 1_000.0 / Math.max(1, messages)));
      return new CpuBreakdown(micros, process / (System.nanoTime() - wallNanos));
    }
  }

  static String javaPart(String name, String otherJavaThreads) {
    if (name.startsWith("kafka-producer-network-thread")
        || name.startsWith("kafka-coordinator-heartbeat-thread")
        || name.startsWith("kafka-admin-client-thread")
        || name.contains("consumer_background_thread")) {
      return CLIENT_IO;
    }
    if (name.contains("-StreamThread-") || name.contains("-StateUpdater-")) {
      return STREAM_THREADS;
    }
    if (name.equals("main") || name.startsWith("bench-")) {
      return OTHER;
    }
    return otherJavaThreads;
  }

  /** JIT and GC threads are not Java threads, so only the kernel's per-thread figures show them. */
  static String nativePart(String name) {
    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
      return JIT;
    }
    if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
      return GC;
    }
    return null;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static Map<Long, Long> javaThreadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> nanos = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      nanos.put(id, threads.getThreadCpuTime(id));
    }
    return nanos;
  }

  /** "tid name" to CPU nanoseconds, from /proc; empty where there is no /proc. */
  private static Map<String, Long> nativeThreadCpuNanos() {
    Map<String, Long> nanos = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return nanos;
    }
    try (Stream<Path> threads = Files.list(tasks)) {
      threads.forEach(thread -> readThreadStat(thread, nanos));
    } catch (IOException e) {
      // Threads come and go while we list them; a figure missing here lands in OTHER.
    }
    return nanos;
  }

  private static void readThreadStat(Path thread, Map<String, Long> nanos) {
    try {
      String stat = Files.readString(thread.resolve("stat"));
      int nameEnd = stat.lastIndexOf(')');
      String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
      // Fields after the name: state is the 1st, utime the 12th and stime the 13th.
      String[] fields = stat.substring(nameEnd + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      nanos.put(thread.getFileName() + " " + name, (long) (ticks * NANOS_PER_TICK));
    } catch (IOException | RuntimeException e) {
      // The thread ended between listing and reading.
    }
  }
}
