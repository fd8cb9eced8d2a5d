package io.wirefeed.embedded;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded broker per test class. Register it on a static field so it starts once before the
 * class's tests and stops after them:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();
 * ... kafka.bootstrapServers() ...
 * }</pre>
 *
 * Tests sharing the broker should use their own topic names, since topics outlive each test. {@link
 * #withSchemaRegistry()} starts a schema registry next to the broker, for tests that run the
 * processor.
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, AfterAllCallback {

  private final EmbeddedKafkaBroker.Settings settings;
  private final boolean withRegistry;
  private EmbeddedKafkaBroker broker;
  private EmbeddedSchemaRegistry registry;

  public EmbeddedKafkaExtension() {
    this(EmbeddedKafkaBroker.Settings.defaults());
  }

  public EmbeddedKafkaExtension(EmbeddedKafkaBroker.Settings settings) {
    this(settings, false);
  }

  private EmbeddedKafkaExtension(EmbeddedKafkaBroker.Settings settings, boolean withRegistry) {
    this.settings = settings;
    this.withRegistry = withRegistry;
  }

  /** A broker with default settings and a schema registry on a free port. */
  public static EmbeddedKafkaExtension withSchemaRegistry() {
    return new EmbeddedKafkaExtension(EmbeddedKafkaBroker.Settings.defaults(), true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    broker = EmbeddedKafkaBroker.start(settings);
    if (withRegistry) {
      registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try (EmbeddedKafkaBroker started = broker) {
      if (registry != null) {
        registry.close();
      }
    } finally {
      broker = null;
      registry = null;
    }
  }

  public EmbeddedKafkaBroker broker() {
    if (broker == null) {
      throw new IllegalStateException(
          "Broker not running: register EmbeddedKafkaExtension on a static field");
    }
    return broker;
  }

  public String bootstrapServers() {
    return broker().bootstrapServers();
  }

  public String registryUrl() {
    if (registry == null) {
      throw new IllegalStateException(
          "No registry: register EmbeddedKafkaExtension.withSchemaRegistry() on a static field");
    }
    return registry.url();
  }

  /**
   * The settings of a processor against this broker and registry, as the integration tests run it:
   * one partition per topic, replication factor 1, commits every 100 ms.
   */
  public Map<String, String> processorSettings(String applicationId, Path stateDir) {
    return Map.of(
        "bootstrap.servers",
        bootstrapServers(),
        "schema.registry.url",
        registryUrl(),
        "application.id",
        applicationId,
        "state.dir",
        stateDir.toString(),
        "topics.partitions",
        "1",
        "topics.replication.factor",
        "1",
        "commit.interval.ms",
        "100");
  }
}
