package io.wirefeed.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirefeed.topology.PipelineMetrics;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The processor's metrics in one Prometheus registry: every Kafka Streams metric through
 * Micrometer's binder, our totals per topic ({@code wirefeed_parsed_total}, {@code
 * wirefeed_published_total}, {@code wirefeed_duplicates_total}, {@code wirefeed_rejects_total}),
 * and what the processors report through {@link PipelineMetrics}: {@code
 * wirefeed_rejects_by_reason_total{reason}} and {@code wirefeed_parse_seconds}.
 */
public final class ProcessorMetrics implements PipelineMetrics, AutoCloseable {

  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");
  private static final int MAX_REASON_LABEL = 80;

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final KafkaStreamsMetrics streamsMetrics;
  private final Timer parseTime;

  public ProcessorMetrics(KafkaStreams streams, TopicTotals totals) {
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    total("wirefeed.parsed", "raw messages read and parsed", totals, TopicTotals.Counts::read);
    total("wirefeed.published", "stories published", totals, TopicTotals.Counts::stories);
    total("wirefeed.duplicates", "copies dropped", totals, TopicTotals.Counts::duplicates);
    total("wirefeed.rejects", "messages rejected", totals, TopicTotals.Counts::rejects);
    parseTime =
        Timer.builder("wirefeed.parse")
            .description("time to parse one raw message")
            .register(registry);
  }

  /** Prometheus text exposition format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void parsed(Duration took) {
    parseTime.record(took);
  }

  @Override
  public void rejected(String reason) {
    Counter.builder("wirefeed.rejects.by.reason")
        .description("messages rejected, by reason")
        .tag("reason", reasonLabel(reason))
        .register(registry)
        .increment();
  }

  /**
   * Reasons carry sizes and offsets ("NUL byte at offset 17"): numbers become N, so that the label
   * has a few values, not one per message.
   */
  static String reasonLabel(String reason) {
    String label = DIGITS.matcher(reason).replaceAll("N");
    return label.length() <= MAX_REASON_LABEL ? label : label.substring(0, MAX_REASON_LABEL);
  }

  @Override
  public void close() {
    streamsMetrics.close();
    registry.close();
  }

  private void total(
      String name,
      String description,
      TopicTotals totals,
      ToDoubleFunction<TopicTotals.Counts> count) {
    FunctionCounter.builder(name, totals, t -> count.applyAsDouble(t.counts()))
        .description(description)
        .register(registry);
  }
}
