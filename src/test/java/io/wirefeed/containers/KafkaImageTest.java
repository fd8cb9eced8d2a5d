package io.wirefeed.containers;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

class KafkaImageTest {

  private static final DockerImageName OFFICIAL = DockerImageName.parse("apache/kafka");

  @Test
  void defaultsToTheOfficialImageOfOurClientVersion() {
    DockerImageName image = KafkaImage.resolve(null, " ");
    assertThat(image.asCanonicalNameString())
        .isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    assertThat(AppInfoParser.getVersion()).isEqualTo("4.3.1");
  }

  @Test
  void propertyWinsOverVariableAndStandsInForTheOfficialImage() {
    DockerImageName image = KafkaImage.resolve("wirefeed-ci/kafka:4.3.1", "other/kafka:1");
    assertThat(image.asCanonicalNameString()).isEqualTo("wirefeed-ci/kafka:4.3.1");
    assertThat(image.isCompatibleWith(OFFICIAL)).isTrue();
  }

  @Test
  void variableIsUsedWithoutProperty() {
    assertThat(KafkaImage.resolve(null, "wirefeed-ci/kafka:4.3.1").asCanonicalNameString())
        .isEqualTo("wirefeed-ci/kafka:4.3.1");
  }

  @Test
  void freeLoopbackPortsAreDistinctAndNever9092() {
    assertThat(KafkaBrokerContainer.freeLoopbackPorts(5))
        .hasSize(5)
        .doesNotHaveDuplicates()
        .doesNotContain(9092)
        .allMatch(port -> port > 0);
  }
}
