package io.wirefeed.embedded;

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
 * Tests sharing the broker should use their own topic names, since topics outlive each test.
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, AfterAllCallback {

  private final EmbeddedKafkaBroker.Settings settings;
  private EmbeddedKafkaBroker broker;

  public EmbeddedKafkaExtension() {
    this(EmbeddedKafkaBroker.Settings.defaults());
  }

  public EmbeddedKafkaExtension(EmbeddedKafkaBroker.Settings settings) {
    this.settings = settings;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    broker = EmbeddedKafkaBroker.start(settings);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (broker != null) {
      broker.close();
      broker = null;
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
}
