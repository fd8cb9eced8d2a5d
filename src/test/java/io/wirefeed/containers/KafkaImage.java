package io.wirefeed.containers;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.utility.DockerImageName;

/**
 * The Kafka image the container suite runs: {@code -Dwirefeed.kafka.image=...}, else the {@code
 * WIREFEED_KAFKA_IMAGE} environment variable (set by {@code .ci/docker-kafka.sh}), else the
 * official {@code apache/kafka} image of the same version as our Kafka clients.
 */
final class KafkaImage {

  static final String PROPERTY = "wirefeed.kafka.image";
  static final String VARIABLE = "WIREFEED_KAFKA_IMAGE";
  private static final DockerImageName OFFICIAL = DockerImageName.parse("apache/kafka");

  private KafkaImage() {}

  static DockerImageName resolve() {
    return resolve(System.getProperty(PROPERTY), System.getenv(VARIABLE));
  }

  static DockerImageName resolve(String property, String variable) {
    String name = firstNonBlank(property, variable);
    if (name == null) {
      return OFFICIAL.withTag(AppInfoParser.getVersion());
    }
    DockerImageName image = DockerImageName.parse(name.strip());
    // A locally built image stands in for the official one (same /etc/kafka/docker/run contract).
    return image.isCompatibleWith(OFFICIAL) ? image : image.asCompatibleSubstituteFor(OFFICIAL);
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
