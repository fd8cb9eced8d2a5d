package io.wirefeed.ops;

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

  /** One raw message went through the parser, accepted or not. */
  void parsed(Duration took);

  /** One raw message was rejected for this reason. */
  void rejected(String reason);
}
