package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MaskedSettingsTest {

  @Test
  void secretsAndUrlCredentialsNeverShow() {
    String described =
        MaskedSettings.describe(
            Map.of(
                "sasl.jaas.config", "org.apache...PlainLoginModule required password=\"p1\";",
                "ssl.truststore.password", "p2",
                "basic.auth.user.info", "fred:p3",
                "bearer.auth.token", "p4",
                "client.secret", "p5",
                "schema.registry.url", "https://fred:p6@registry:8081",
                "bootstrap.servers", "kafka:9092"));

    assertThat(described)
        .doesNotContain("p1", "p2", "p3", "p4", "p5", "p6")
        .contains(
            "bootstrap.servers=kafka:9092", "schema.registry.url=https://[hidden]@registry:8081")
        .contains("sasl.jaas.config=[hidden]");
  }

  @Test
  void opsKeysHaveDefaultsAndStayOutOfStreamsProperties() {
    WirefeedConfig config =
        WirefeedConfig.from(
            Map.of(
                "bootstrap.servers",
                "k:9092",
                "schema.registry.url",
                "http://r:8081",
                "health.port",
                "0"));

    assertThat(config.ops().healthEnabled()).isTrue();
    assertThat(config.ops().checkTimeout()).isEqualTo(OpsSettings.DEFAULT_CHECK_TIMEOUT);
    assertThat(config.streamsProperties()).doesNotContainKey("health.port");
    assertThat(
            WirefeedConfig.from(
                    Map.of("bootstrap.servers", "k:9092", "schema.registry.url", "http://r:8081"))
                .ops()
                .healthEnabled())
        .isFalse();
  }
}
