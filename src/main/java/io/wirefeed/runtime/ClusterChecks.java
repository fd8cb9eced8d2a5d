package io.wirefeed.runtime;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.serde.RegistryUrls;
import io.wirefeed.serde.SchemaRegistryClient;
import io.wirefeed.serde.SchemaRegistryClients;
import io.wirefeed.serde.SchemaRegistryException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Start-up checks that turn an unreachable broker or registry into one line naming it, within
 * {@code check.timeout.ms} instead of Kafka's minutes of retries.
 */
public final class ClusterChecks {

  private ClusterChecks() {}

  /** Admin settings from the Streams ones, with timeouts bounded by {@code check.timeout.ms}. */
  public static Properties adminProperties(WirefeedConfig config) {
    Map<String, Object> admin = new HashMap<>();
    String timeout = Long.toString(config.ops().checkTimeout().toMillis());
    admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
    admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
    config
        .streamsProperties()
        .forEach(
            (key, value) -> {
              if (AdminClientConfig.configNames().contains((String) key)) {
                admin.put((String) key, value);
              }
            });
    Properties properties = new Properties();
    properties.putAll(admin);
    return properties;
  }

  private static final Duration REGISTRY_RETRY = Duration.ofMillis(500);

  /**
   * Asks the registry for our stories subject: any HTTP answer, 404 included, shows that it is
   * there and takes our credentials.
   */
  public static void requireRegistry(WirefeedConfig config) {
    Map<String, Object> serdeConfig = new HashMap<>(config.topology().serdeConfig());
    String timeout = Long.toString(config.ops().checkTimeout().toMillis());
    serdeConfig.putIfAbsent(AvroSerdeConfig.HTTP_CONNECT_TIMEOUT_MS, timeout);
    serdeConfig.putIfAbsent(AvroSerdeConfig.HTTP_READ_TIMEOUT_MS, timeout);
    AvroSerdeConfig parsed = AvroSerdeConfig.from(serdeConfig);
    String subject = config.topology().topics().stories() + "-value";
    SchemaRegistryClient client = SchemaRegistryClients.forConfig(parsed);
    // A registry that is restarting as we start gets until the check timeout to come back.
    long deadline = System.nanoTime() + config.ops().checkTimeout().toNanos();
    while (true) {
      try {
        client.latest(subject);
        return;
      } catch (SchemaRegistryException e) {
        if (e.httpStatus() == 401 || e.httpStatus() == 403) {
          throw new IllegalStateException(
              "the Schema Registry refused our credentials (HTTP "
                  + e.httpStatus()
                  + "): check basic.auth.* or bearer.auth.*");
        }
        if (e.httpStatus() != SchemaRegistryException.NO_STATUS) {
          return; // It answers; whatever it said, the serdes will deal with it per record.
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the Schema Registry is not reachable at "
                  + parsed.registryUrls().stream().map(RegistryUrls::redact).toList()
                  + " ("
                  + e.getMessage()
                  + "): check schema.registry.url and that the registry is up",
              e);
        }
        pause(REGISTRY_RETRY);
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Schema Registry", e);
    }
  }
}
