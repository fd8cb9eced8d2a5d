package io.wirefeed.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A one-node KRaft broker in a container, in one of two network modes:
 *
 * <ul>
 *   <li><b>bridge</b> (default, a developer's Docker): Testcontainers' own {@link KafkaContainer},
 *       port 9092 in the container mapped to a random host port.
 *   <li><b>host</b> ({@code -Dwirefeed.docker.network=host} or {@code
 *       WIREFEED_DOCKER_NETWORK=host}, set in CI, whose engine runs with no bridge and so cannot
 *       map ports): the container shares the host's network, exposes no ports, and its listeners
 *       bind free loopback ports chosen now (never 9092, so a broker already running here is no
 *       obstacle).
 * </ul>
 */
final class KafkaBrokerContainer {

  static final String NETWORK_PROPERTY = "wirefeed.docker.network";
  static final String NETWORK_VARIABLE = "WIREFEED_DOCKER_NETWORK";

  private KafkaBrokerContainer() {}

  static KafkaContainer create() {
    DockerImageName image = KafkaImage.resolve();
    String network = System.getProperty(NETWORK_PROPERTY, System.getenv(NETWORK_VARIABLE));
    KafkaContainer container =
        "host".equals(network == null ? null : network.strip().toLowerCase(Locale.ROOT))
            ? new HostNetwork(image)
            : new KafkaContainer(image);
    return container.withStartupTimeout(Duration.ofMinutes(2));
  }

  /** {@link KafkaContainer} on the host's network, listening on free loopback ports. */
  static final class HostNetwork extends KafkaContainer {

    private static final String HOST = "127.0.0.1";
    private static final String STARTER_SCRIPT = "/tmp/testcontainers_start.sh";

    private final int clientPort;

    HostNetwork(DockerImageName image) {
      super(image);
      List<Integer> ports = freeLoopbackPorts(3);
      clientPort = ports.get(0);
      int brokerPort = ports.get(1);
      int controllerPort = ports.get(2);
      withNetworkMode("host");
      withExposedPorts();
      withEnv(
          "KAFKA_LISTENERS",
          "PLAINTEXT://%s:%d,BROKER://%s:%d,CONTROLLER://%s:%d"
              .formatted(HOST, clientPort, HOST, brokerPort, HOST, controllerPort));
      withEnv(
          "KAFKA_ADVERTISED_LISTENERS",
          "PLAINTEXT://%s:%d,BROKER://%s:%d".formatted(HOST, clientPort, HOST, brokerPort));
      withEnv("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@%s:%d".formatted(HOST, controllerPort));
    }

    /**
     * The parent's start script advertises a mapped port and the container's host name with port
     * 9093; on the host network the listeners above are already what clients and the broker itself
     * must use, so the script only starts the broker.
     */
    @Override
    protected void containerIsStarting(InspectContainerResponse containerInfo) {
      copyFileToContainer(
          Transferable.of("#!/bin/bash\nexec /etc/kafka/docker/run\n", 0777), STARTER_SCRIPT);
    }

    @Override
    public String getBootstrapServers() {
      return HOST + ":" + clientPort;
    }
  }

  /** Distinct ports the OS just handed out on loopback, never 9092. */
  static List<Integer> freeLoopbackPorts(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      while (ports.size() < count) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        if (socket.getLocalPort() != 9092) {
          ports.add(socket.getLocalPort());
        }
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on the loopback interface", e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing a probe socket cannot matter
        }
      }
    }
  }
}
