package io.wirefeed.serde;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * Picks the registry client for a configuration: the shared in-memory registry of a {@code
 * mock://<scope>} URL (as Confluent's MockSchemaRegistry does), else the REST client.
 */
public final class SchemaRegistryClients {

  public static final String MOCK_SCHEME = "mock://";

  private static final Map<String, InMemorySchemaRegistryClient> MOCK_SCOPES =
      new ConcurrentHashMap<>();

  private SchemaRegistryClients() {}

  public static SchemaRegistryClient forUrl(String urls) {
    return fromConfig(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, urls));
  }

  public static SchemaRegistryClient fromConfig(Map<String, ?> config) {
    return forConfig(AvroSerdeConfig.from(config));
  }

  /** The client a serde was given, or else the one its config names. */
  static SchemaRegistryClient givenOr(SchemaRegistryClient givenClient, AvroSerdeConfig config) {
    return givenClient != null ? givenClient : forConfig(config);
  }

  public static SchemaRegistryClient forConfig(AvroSerdeConfig config) {
    List<String> urls = config.registryUrls();
    List<String> mockUrls = urls.stream().filter(url -> url.startsWith(MOCK_SCHEME)).toList();
    if (mockUrls.isEmpty()) {
      return new RestSchemaRegistryClient(config);
    }
    if (urls.size() > 1) {
      throw new ConfigException(
          "A " + MOCK_SCHEME + " registry URL cannot be mixed with other URLs: " + urls);
    }
    return mockScope(mockUrls.get(0).substring(MOCK_SCHEME.length()));
  }

  /** The in-memory registry shared by every serde configured with {@code mock://<scope>}. */
  public static InMemorySchemaRegistryClient mockScope(String scope) {
    return MOCK_SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistryClient());
  }

  /** Forgets a mock scope, so that the next test using it starts from an empty registry. */
  public static void dropScope(String scope) {
    MOCK_SCOPES.remove(scope);
  }
}
