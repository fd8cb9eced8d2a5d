package io.wirefeed.config;

import java.time.Duration;

/**
 * How the running processor talks to its operators.
 *
 * @param healthPort the health and metrics HTTP port; {@link #OFF} for none, 0 for any free one
 * @param healthHost the address the HTTP endpoint listens on
 * @param checkTimeout how long start-up checks wait for the broker and the registry, so that an
 *     unreachable one fails the start in seconds rather than hanging
 * @param shutdownTimeout how long a shutdown waits for Kafka Streams to close
 * @param summaryInterval how often the throughput line is logged; zero for never
 */
public record OpsSettings(
    int healthPort,
    String healthHost,
    Duration checkTimeout,
    Duration shutdownTimeout,
    Duration summaryInterval) {

  public static final int OFF = -1;
  public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(15);
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_SUMMARY_INTERVAL = Duration.ofMinutes(1);

  public boolean healthEnabled() {
    return healthPort != OFF;
  }

  static OpsSettings from(SettingsReader reader) {
    return new OpsSettings(
        (int) reader.longInRange(ConfigKeys.HEALTH_PORT, OFF, OFF, 65_535),
        reader.string(ConfigKeys.HEALTH_HOST, "0.0.0.0"),
        Duration.ofMillis(
            reader.positiveLong(ConfigKeys.CHECK_TIMEOUT_MS, DEFAULT_CHECK_TIMEOUT.toMillis())),
        Duration.ofMillis(
            reader.positiveLong(
                ConfigKeys.SHUTDOWN_TIMEOUT_MS, DEFAULT_SHUTDOWN_TIMEOUT.toMillis())),
        Duration.ofMillis(
            reader.longInRange(
                ConfigKeys.SUMMARY_INTERVAL_MS,
                DEFAULT_SUMMARY_INTERVAL.toMillis(),
                0,
                Long.MAX_VALUE)));
  }
}
