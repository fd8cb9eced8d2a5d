package io.wirefeed.serde;

import java.util.Map;

/**
 * What the serializer and the deserializer share: their settings, whether they serve keys or
 * values, and the registry client they ask, all set by {@link #configure}.
 */
abstract class RegistryBoundSerde {

  SchemaRegistryClient client;
  AvroSerdeConfig config;
  boolean isKey;

  /**
   * @param client the client to use, or null to create one from the settings at configure
   */
  RegistryBoundSerde(SchemaRegistryClient client) {
    this.client = client;
  }

  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig parsed = AvroSerdeConfig.forSerde(configs, client);
    configure(parsed, isKey, SchemaRegistryClients.givenOr(client, parsed));
  }

  void configure(AvroSerdeConfig parsed, boolean isKey, SchemaRegistryClient registryClient) {
    this.config = parsed;
    this.isKey = isKey;
    this.client = registryClient;
  }
}
