package io.wirefeed.containers;

import io.wirefeed.runtime.PipelineScenarios;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The end-to-end scenarios against a Kafka broker in a container, as users deploy beside a real
 * cluster: the processor runs in this JVM with our in-process registry. One broker for the class.
 *
 * <p>Skipped, with Testcontainers' reason in the report, when no Docker engine can be reached. The
 * image is {@code apache/kafka:<client version>} unless {@code -Dwirefeed.kafka.image} or {@code
 * WIREFEED_KAFKA_IMAGE} names another (CI builds one locally: {@code .ci/docker-kafka.sh}).
 */
@Testcontainers(disabledWithoutDocker = true)
class StreamsApplicationContainerTest extends PipelineScenarios {

  @Container
  static final KafkaContainer kafka =
      KafkaBrokerContainer.create()
          .withLogConsumer(
              new Slf4jLogConsumer(LoggerFactory.getLogger("kafka.container"))
                  .withSeparateOutputStreams());

  @Override
  protected String bootstrapServers() {
    return kafka.getBootstrapServers();
  }
}
