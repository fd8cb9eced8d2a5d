package io.wirefeed.embedded;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops broker faults from killing the host JVM. Kafka's fault handlers call {@link Exit#halt} and
 * {@link Exit#exit}, which by default end the process: fatal for a test run or the demo. While at
 * least one embedded broker is open, both procedures log and throw instead, so only the faulting
 * broker thread dies. Reference counted because several brokers may share the JVM.
 */
final class ExitGuard {

  private static final Logger log = LoggerFactory.getLogger(ExitGuard.class);

  private static int holders;

  private ExitGuard() {}

  static synchronized void acquire() {
    if (holders++ == 0) {
      Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
      Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
    }
  }

  /** Restores Kafka's default procedures once the last broker is gone: we installed them. */
  static synchronized void release() {
    if (holders == 0) {
      return;
    }
    if (--holders == 0) {
      Exit.resetExitProcedure();
      Exit.resetHaltProcedure();
    }
  }

  private static void refuse(String call, int status, String message) {
    log.error("Embedded Kafka requested {}({}): {}; JVM kept alive", call, status, message);
    throw new IllegalStateException(
        "Embedded Kafka requested " + call + "(" + status + "): " + message);
  }
}
