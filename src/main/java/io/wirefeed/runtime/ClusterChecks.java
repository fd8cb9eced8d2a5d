package io.wirefeed.runtime;

import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.serde.RegistryUrls;
import io.wirefeed.serde.SchemaRegistryClient;
import io.wirefeed.serde.SchemaRegistryClients;
import io.wirefeed.serde.SchemaRegistryException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** Long enough for a TCP handshake across a WAN; a refusal comes back at once anyway. */
  private static final Duration REFUSED_GRACE = Duration.ofSeconds(1);

  private static final Duration REFUSED_RETRY = Duration.ofMillis(200);
  private static final int PROBE_TIMEOUT_MS = 1_000;

  /**
   * Fails at once when no bootstrap address takes a TCP connection (refused, or a host that does
   * not resolve), rather than after the Kafka client's {@code check.timeout.ms} of retries. Any
   * address that connects, or that does not answer within a second (a firewall may drop packets),
   * leaves the verdict to the client and its timeout.
   */
  public static void requireBrokerListening(String bootstrapServers) {
    // A broker that is a moment from listening (a container just started) gets a short grace;
    // one that stays refused is named in about a second, not after the client's long timeout.
    long deadline = System.nanoTime() + REFUSED_GRACE.toNanos();
    List<String> refused = refusedAddresses(bootstrapServers);
    while (!refused.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(REFUSED_RETRY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      refused = refusedAddresses(bootstrapServers);
    }
    if (!refused.isEmpty()) {
      throw new IllegalStateException(
          "the Kafka cluster at "
              + bootstrapServers
              + " is not reachable ("
              + String.join("; ", refused)
              + "): check --bootstrap-server (or bootstrap.servers) and that the brokers are up");
    }
  }

  /** Why each address refused; empty as soon as one accepts or the probe cannot tell. */
  private static List<String> refusedAddresses(String bootstrapServers) {
    List<String> refused = new ArrayList<>();
    for (String address : bootstrapServers.split(",")) {
      String hostPort = address.trim().replaceFirst("^[A-Za-z_]+://", "");
      int colon = hostPort.lastIndexOf(':');
      if (colon < 0) {
        return List.of(); // Not host:port: the client names that mistake better.
      }
      String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
      int port;
      try {
        port = Integer.parseInt(hostPort.substring(colon + 1));
      } catch (NumberFormatException e) {
        return List.of();
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MS);
        return List.of();
      } catch (ConnectException e) {
        refused.add(hostPort + " refused the connection");
      } catch (UnknownHostException e) {
        refused.add(hostPort + ": host " + host + " is unknown");
      } catch (IOException e) {
        return List.of(); // A timeout or a route problem: the client's own timeout decides.
      }
    }
    return refused;
  }

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
