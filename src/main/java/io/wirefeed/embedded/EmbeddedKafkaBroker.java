package io.wirefeed.embedded;

// Long on purpose: one in-process broker with its settings, start, port fallback and close.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (combined broker and controller) running inside this JVM on 127.0.0.1,
 * for the demo command and integration tests. Start with {@link #start(Settings)}, connect clients
 * to {@link #bootstrapServers()}, and {@link #close()} it when done.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  /** The broker's own log, in its data dir: kept out of the terminal (see {@link BrokerLog}). */
  public static final String LOG_FILE = "broker.log";

  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  /** The group and transactional id {@link #openCoordinators} asks about; neither is ever used. */
  private static final String COORDINATOR_PROBE = "wirefeed-embedded-coordinator-probe";

  /**
   * How to start the broker. {@code port} 0 picks a free port; with {@code fallbackToFreePort} a
   * taken port is replaced by a free one instead of failing. A null {@code dataDir} means a fresh
   * temporary folder deleted on close; a non-null one is kept and reused, with its topics and
   * records, by the next start on it.
   */
  public record Settings(
      int port,
      boolean fallbackToFreePort,
      Path dataDir,
      int defaultPartitions,
      boolean autoCreateTopics,
      Map<String, String> brokerProperties,
      SaslSslListener saslSsl) {

    public Settings {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be in 0..65535: " + port);
      }
      if (defaultPartitions < 1) {
        throw new IllegalArgumentException("defaultPartitions must be >= 1: " + defaultPartitions);
      }
      brokerProperties = Map.copyOf(brokerProperties);
    }

    /** Free port, temporary data, 1 partition per topic, no topic auto-creation. */
    public static Settings defaults() {
      return new Settings(0, false, null, 1, false, Map.of(), null);
    }

    /** Exactly this port (0 = any free one); start fails if it is taken. */
    public Settings withPort(int port) {
      return new Settings(
          port, false, dataDir, defaultPartitions, autoCreateTopics, brokerProperties, saslSsl);
    }

    /** This port if it is free, else any free one: what the demo wants for 9092. */
    public Settings portOrFree(int port) {
      return new Settings(
          port, true, dataDir, defaultPartitions, autoCreateTopics, brokerProperties, saslSsl);
    }

    /** Keep the broker's data in {@code dataDir} across restarts; null means temporary. */
    public Settings withDataDir(Path dataDir) {
      return new Settings(
          port,
          fallbackToFreePort,
          dataDir,
          defaultPartitions,
          autoCreateTopics,
          brokerProperties,
          saslSsl);
    }

    public Settings withDefaultPartitions(int defaultPartitions) {
      return new Settings(
          port,
          fallbackToFreePort,
          dataDir,
          defaultPartitions,
          autoCreateTopics,
          brokerProperties,
          saslSsl);
    }

    public Settings withAutoCreateTopics(boolean autoCreateTopics) {
      return new Settings(
          port,
          fallbackToFreePort,
          dataDir,
          defaultPartitions,
          autoCreateTopics,
          brokerProperties,
          saslSsl);
    }

    /** Adds or overrides one broker config; applied last, so it wins over the defaults. */
    public Settings withBrokerProperty(String key, String value) {
      Map<String, String> merged = new HashMap<>(brokerProperties);
      merged.put(key, value);
      return new Settings(
          port, fallbackToFreePort, dataDir, defaultPartitions, autoCreateTopics, merged, saslSsl);
    }

    /** Adds a listener that requires SASL SCRAM-SHA-512 over TLS; see {@link SaslSslListener}. */
    public Settings withSaslSslListener(SaslSslListener saslSsl) {
      return new Settings(
          port,
          fallbackToFreePort,
          dataDir,
          defaultPartitions,
          autoCreateTopics,
          brokerProperties,
          saslSsl);
    }
  }

  /**
   * A second client listener requiring SASL SCRAM-SHA-512 over TLS, as a secured cluster has. The
   * plaintext listener stays for the broker's own admin client and inter-broker traffic. Users are
   * added with {@link #addScramUser}. {@code port} 0 picks a free port.
   */
  public record SaslSslListener(int port, Path keystore, String keystorePassword) {
    @Override
    public String toString() {
      return "SaslSslListener[port=" + port + ", keystore=" + keystore + ", password hidden]";
    }
  }

  private final KafkaRaftServer server;
  private final Admin admin;
  private final int port;
  private final String clusterId;
  private final Path logDir;
  private final boolean temporaryLogDir;
  private final int saslSslPort;
  private final BrokerLog brokerLog;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafkaBroker(
      KafkaRaftServer server,
      Admin admin,
      int port,
      String clusterId,
      Path logDir,
      boolean temporaryLogDir,
      int saslSslPort,
      BrokerLog brokerLog) {
    this.server = server;
    this.admin = admin;
    this.port = port;
    this.clusterId = clusterId;
    this.logDir = logDir;
    this.temporaryLogDir = temporaryLogDir;
    this.saslSslPort = saslSslPort;
    this.brokerLog = brokerLog;
  }

  /** True if nothing listens on {@code port} (1..65535) on this machine right now. */
  public static boolean isPortFree(int port) {
    return FreePorts.isFree(port);
  }

  /**
   * Formats storage if needed, starts the node and waits until clients can use it.
   *
   * @throws IllegalStateException if the broker did not come up; everything started is stopped
   */
  public static EmbeddedKafkaBroker start(Settings settings) {
    long startNanos = System.nanoTime();
    int port = choosePort(settings);
    int controllerPort = pickPortOtherThan(port);
    int saslSslPort = saslSslPort(settings, port, controllerPort);
    boolean temporary = settings.dataDir() == null;
    Path logDir = null;
    KafkaRaftServer server = null;
    Admin admin = null;
    BrokerLog brokerLog = null;
    ExitGuard.acquire();
    try {
      logDir = temporary ? Files.createTempDirectory("wirefeed-kafka-") : settings.dataDir();
      Files.createDirectories(logDir);
      brokerLog = BrokerLog.divertTo(logDir.resolve(LOG_FILE));
      String clusterId =
          StorageFormatter.formatIfNeeded(
              logDir, BrokerProperties.NODE_ID, BrokerProperties.CONTROLLER_LISTENER);
      KafkaConfig config =
          new KafkaConfig(
              BrokerProperties.of(settings, port, controllerPort, saslSslPort, logDir), false);
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address(port)));
      awaitClusterVisible(admin, clusterId);
      log.info(
          "Embedded Kafka started on {} in {} ms (cluster {}, data {}, broker log {})",
          address(port),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
          clusterId,
          temporary ? "temporary" : logDir,
          logDir.resolve(LOG_FILE));
      return new EmbeddedKafkaBroker(
          server, admin, port, clusterId, logDir, temporary, saslSslPort, brokerLog);
    } catch (Exception | Error e) {
      if (admin != null) {
        admin.close(Duration.ZERO);
      }
      stop(server);
      if (brokerLog != null) {
        brokerLog.close();
      }
      if (temporary) {
        deleteQuietly(logDir);
      }
      ExitGuard.release();
      throw new IllegalStateException(
          "Embedded Kafka failed to start on "
              + address(port)
              + ": "
              + e.getMessage()
              + (temporary || logDir == null
                  ? ""
                  : " (broker log: " + logDir.resolve(LOG_FILE) + ")"),
          e);
    }
  }

  /** {@code 127.0.0.1:<port>}, ready for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return address(port);
  }

  /** The broker's own log file, where its loggers write while it runs (see {@link BrokerLog}). */
  public Path logFile() {
    return logDir.resolve(LOG_FILE);
  }

  /** {@code 127.0.0.1:<port>} of the SASL_SSL listener; only with one configured. */
  public String saslSslBootstrapServers() {
    if (saslSslPort < 0) {
      throw new IllegalStateException("this broker has no SASL_SSL listener");
    }
    return address(saslSslPort);
  }

  /** Creates or updates a SCRAM-SHA-512 user, as {@code kafka-configs.sh --add-config} does. */
  public void addScramUser(String user, String password) {
    try {
      admin
          .alterUserScramCredentials(
              List.of(
                  new UserScramCredentialUpsertion(
                      user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
          .all()
          .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The message names the user only: the password must not reach a log.
      throw new IllegalStateException("Could not add SCRAM user " + user, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted adding SCRAM user " + user, e);
    }
  }

  /** The port clients connect to; differs from the requested one after a fallback. */
  public int port() {
    return port;
  }

  /** The KRaft cluster id, stable across restarts on the same data dir. */
  public String clusterId() {
    return clusterId;
  }

  /** Where the broker keeps its logs and {@code meta.properties}. */
  public Path dataDir() {
    return logDir;
  }

  /** Creates a topic with replication factor 1; an existing topic is left as it is. */
  public void createTopic(String name, int partitions, Map<String, String> configs) {
    createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)));
  }

  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  public void createTopics(Collection<NewTopic> topics) {
    Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
    for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
      try {
        result.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException(
              "Could not create topic " + result.getKey() + ": " + e.getCause().getMessage(), e);
        }
      } catch (TimeoutException e) {
        throw new IllegalStateException("Timed out creating topic " + result.getKey(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted creating topic " + result.getKey(), e);
      }
    }
  }

  /**
   * Asks the node, without waiting, for a group and a transaction coordinator. On a new node that
   * creates and loads {@code __consumer_offsets} and {@code __transaction_state} now, rather than
   * at a new exactly-once application's first group join and first {@code InitProducerId}, which
   * otherwise wait for them one after the other (about a third of a second between them on two
   * cores). The answers do not matter: the group and transactional id asked for do not exist.
   */
  public void openCoordinators() {
    admin.describeConsumerGroups(List.of(COORDINATOR_PROBE));
    admin.describeTransactions(List.of(COORDINATOR_PROBE));
  }

  /** Stops the node and waits for it; deletes the data dir if it was temporary. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    admin.close(Duration.ofSeconds(5));
    stop(server);
    brokerLog.close();
    if (temporaryLogDir) {
      deleteQuietly(logDir);
    }
    ExitGuard.release();
    log.info("Embedded Kafka on {} stopped", bootstrapServers());
  }

  private static int choosePort(Settings settings) {
    int requested = settings.port();
    if (requested == 0) {
      return FreePorts.pick();
    }
    if (settings.fallbackToFreePort() && !FreePorts.isFree(requested)) {
      int fallback = FreePorts.pick();
      log.info("Port {} is taken; embedded Kafka uses {} instead", requested, fallback);
      return fallback;
    }
    return requested;
  }

  private static int saslSslPort(Settings settings, int brokerPort, int controllerPort) {
    if (settings.saslSsl() == null) {
      return -1;
    }
    if (settings.saslSsl().port() != 0) {
      return settings.saslSsl().port();
    }
    int port = FreePorts.pick();
    return port == brokerPort || port == controllerPort ? FreePorts.pick() : port;
  }

  private static int pickPortOtherThan(int brokerPort) {
    int port = FreePorts.pick();
    // pick() may return the broker port if that one was itself just picked and released.
    return port == brokerPort ? FreePorts.pick() : port;
  }

  private static void awaitClusterVisible(Admin admin, String expectedClusterId)
      throws ExecutionException, InterruptedException, TimeoutException {
    String seen =
        admin.describeCluster().clusterId().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (!expectedClusterId.equals(seen)) {
      throw new IllegalStateException(
          "Expected cluster " + expectedClusterId + " but the port answers as " + seen);
    }
  }

  /** Shutdown without awaiting leaves non-daemon threads behind and the JVM never exits. */
  private static void stop(KafkaRaftServer server) {
    if (server == null) {
      return;
    }
    try {
      server.shutdown();
    } catch (RuntimeException e) {
      log.warn("Embedded Kafka shutdown failed; still waiting for its threads", e);
    }
    server.awaitShutdown();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      Utils.delete(dir.toFile());
    } catch (IOException e) {
      log.warn("Could not delete embedded Kafka data dir {}", dir, e);
    }
  }

  private static String address(int port) {
    return BrokerProperties.HOST + ":" + port;
  }
}
