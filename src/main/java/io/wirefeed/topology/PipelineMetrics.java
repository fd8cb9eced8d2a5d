package io.wirefeed.topology;

import java.time.Duration;

/**
 * What the pipeline's processors report that Kafka Streams cannot see: how long each parse took and
 * why a message was rejected. Implementations must be thread-safe: every stream task calls the same
 * instance.
 */
public interface PipelineMetrics {

  /** For topologies built without metrics, e.g. in unit tests. */
  PipelineMetrics NONE =
      new PipelineMetrics() {
        @Override
        public void parsed(Duration took) {}

        @Override
        public void rejected(String reason) {}
      };

  /**
   * A stand-in that forwards to a target set later: the topology is built before the metrics
   * registry, which needs the running Kafka Streams.
   */
  final class Deferred implements PipelineMetrics {
    private volatile PipelineMetrics target = NONE;

    public void forwardTo(PipelineMetrics target) {
      this.target = target;
    }

    @Override
    public void parsed(Duration took) {
      target.parsed(took);
    }

    @Override
    public void rejected(String reason) {
      target.rejected(reason);
    }
  }

  /** One raw record went through the parser, whatever it held. */
  void parsed(Duration took);

  /** One raw message was rejected for this reason. */
  void rejected(String reason);
}
