package io.wirefeed.runtime;

import io.wirefeed.embedded.EmbeddedKafkaExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The end-to-end scenarios on our in-JVM KRaft broker: no Docker needed. */
class StreamsApplicationIntegrationTest extends PipelineScenarios {

  @RegisterExtension static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

  @Override
  protected String bootstrapServers() {
    return kafka.bootstrapServers();
  }
}
