package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvroSerdeConfigTest {

  @Test
  void missingRegistryUrlNamesTheKey() {
    assertThatThrownBy(() -> AvroSerdeConfig.from(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void defaultsAreConfluents() {
    AvroSerdeConfig config =
        AvroSerdeConfig.from(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://a:1, http://b:2"));

    assertThat(config.registryUrls()).containsExactly("http://a:1", "http://b:2");
    assertThat(config.autoRegisterSchemas()).isTrue();
    assertThat(config.useLatestVersion()).isFalse();
    assertThat(config.removeJavaProperties()).isFalse();
    assertThat(config.specificAvroReader()).isFalse();
    assertThat(config.subjectNameStrategy(false)).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
  }

  @ParameterizedTest
  @CsvSource({
    "io.confluent.kafka.serializers.subject.TopicNameStrategy, TOPIC_NAME",
    "io.confluent.kafka.serializers.subject.RecordNameStrategy, RECORD_NAME",
    "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy, TOPIC_RECORD_NAME",
    "TopicRecordNameStrategy, TOPIC_RECORD_NAME",
    "record_name, RECORD_NAME"
  })
  void acceptsConfluentStrategyNames(String name, SubjectNameStrategy expected) {
    AvroSerdeConfig config =
        AvroSerdeConfig.from(
            Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                "mock://x",
                AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY,
                name));

    assertThat(config.subjectNameStrategy(true)).isEqualTo(expected);
  }

  @Test
  void toStringHidesEverySecret() {
    AvroSerdeConfig config =
        AvroSerdeConfig.from(
            Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL,
                "https://admin:url-secret@registry:8081",
                AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                "USER_INFO",
                AvroSerdeConfig.BASIC_AUTH_USER_INFO,
                "wire:user-info-secret",
                AvroSerdeConfig.SSL_TRUSTSTORE_LOCATION,
                "/etc/trust.jks",
                AvroSerdeConfig.SSL_TRUSTSTORE_PASSWORD,
                "trust-secret",
                AvroSerdeConfig.REQUEST_HEADER_PREFIX + "X-Api-Key",
                "header-secret"));

    assertThat(config.toString())
        .contains("https://registry:8081", "wire", "/etc/trust.jks", "X-Api-Key")
        .doesNotContain("url-secret", "admin", "user-info-secret", "trust-secret", "header-secret");
  }

  @Test
  void bearerTokenIsHidden() {
    AvroSerdeConfig config =
        AvroSerdeConfig.from(
            Map.of(
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://r:1",
                AvroSerdeConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "STATIC_TOKEN",
                AvroSerdeConfig.BEARER_AUTH_TOKEN, "token-secret"));

    assertThat(config.auth().source()).isEqualTo(RegistryAuth.Source.STATIC_TOKEN);
    assertThat(config.toString()).doesNotContain("token-secret");
  }

  @Test
  void malformedUserInfoIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(
            () ->
                AvroSerdeConfig.from(
                    Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://r:1",
                        AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                        AvroSerdeConfig.BASIC_AUTH_USER_INFO, "no-colon-secret")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(AvroSerdeConfig.BASIC_AUTH_USER_INFO)
        .hasMessageNotContaining("no-colon-secret");
  }

  @Test
  void mockUrlsShareOneRegistryPerScopeUntilDropped() {
    SchemaRegistryClient first = SchemaRegistryClients.forUrl("mock://config-test");

    assertThat(SchemaRegistryClients.forUrl("mock://config-test")).isSameAs(first);
    assertThat(SchemaRegistryClients.forUrl("mock://other")).isNotSameAs(first);
    SchemaRegistryClients.dropScope("config-test");
    SchemaRegistryClients.dropScope("other");
    assertThat(SchemaRegistryClients.forUrl("mock://config-test")).isNotSameAs(first);
    SchemaRegistryClients.dropScope("config-test");
    assertThat(SchemaRegistryClients.forUrl("http://r:1"))
        .isInstanceOf(RestSchemaRegistryClient.class);
  }
}
