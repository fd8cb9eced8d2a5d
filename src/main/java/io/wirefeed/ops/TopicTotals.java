package io.wirefeed.ops;

import io.wirefeed.topology.TopologyConfig;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Records read from the raw topic and written to each output topic so far, summed over tasks from
 * Kafka Streams' own topic-level metrics (recorded at the default INFO level). Counts come from
 * outside the processors, so a record re-sent after an aborted transaction counts twice.
 */
public final class TopicTotals {

  static final String GROUP = "stream-topic-metrics";
  static final String CONSUMED = "records-consumed-total";
  static final String PRODUCED = "records-produced-total";

  /** A snapshot of the four totals. */
  public record Counts(long read, long stories, long duplicates, long rejects) {}

  private final Supplier<Map<MetricName, ? extends Metric>> metrics;
  private final TopologyConfig.Topics topics;

  public TopicTotals(
      Supplier<Map<MetricName, ? extends Metric>> metrics, TopologyConfig.Topics topics) {
    this.metrics = metrics;
    this.topics = topics;
  }

  public Counts counts() {
    Map<MetricName, ? extends Metric> all = metrics.get();
    return new Counts(
        sum(all, CONSUMED, topics.raw()),
        sum(all, PRODUCED, topics.stories()),
        sum(all, PRODUCED, topics.duplicates()),
        sum(all, PRODUCED, topics.rejects()));
  }

  private static long sum(Map<MetricName, ? extends Metric> all, String name, String topic) {
    double total = 0;
    for (var entry : all.entrySet()) {
      MetricName metric = entry.getKey();
      if (metric.group().equals(GROUP)
          && metric.name().equals(name)
          && topic.equals(metric.tags().get("topic"))
          && entry.getValue().metricValue() instanceof Number value) {
        total += value.doubleValue();
      }
    }
    return (long) total;
  }
}
