package io.wirefeed.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The server config of a single combined broker+controller node on 127.0.0.1. */
final class BrokerProperties {

  static final int NODE_ID = 1;
  static final String BROKER_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";
  static final String SASL_SSL_LISTENER = "SASL_SSL";
  static final String HOST = "127.0.0.1";

  private BrokerProperties() {}

  static Map<String, String> of(
      EmbeddedKafkaBroker.Settings settings,
      int brokerPort,
      int controllerPort,
      int saslSslPort,
      Path logDir) {
    Map<String, String> props = new HashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", Integer.toString(NODE_ID));
    // A static voter set: kraft.version 0, so the controller port may differ between restarts.
    props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put(
        "listeners",
        BROKER_LISTENER
            + "://"
            + HOST
            + ":"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://"
            + HOST
            + ":"
            + controllerPort);
    props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
    props.put(
        "listener.security.protocol.map",
        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("inter.broker.listener.name", BROKER_LISTENER);
    props.put("log.dirs", logDir.toString());
    props.put("metadata.log.dir", logDir.toString());

    if (settings.saslSsl() != null) {
      addSaslSslListener(props, settings.saslSsl(), saslSslPort);
    }

    props.put("num.partitions", Integer.toString(settings.defaultPartitions()));
    props.put("auto.create.topics.enable", Boolean.toString(settings.autoCreateTopics()));

    // One node: internal topics must not ask for more replicas than exist, or consumer groups
    // and transactions (hence exactly_once_v2 Streams) never become available.
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");
    props.put("offsets.topic.replication.factor", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");

    // Speed: fewer internal partitions to create and load, no wait for more group members.
    props.put("offsets.topic.num.partitions", "1");
    props.put("transaction.state.log.num.partitions", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    // The default 128 MiB compaction buffer is heap wasted on a few test records.
    props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));

    props.putAll(settings.brokerProperties());
    return props;
  }

  private static void addSaslSslListener(
      Map<String, String> props, EmbeddedKafkaBroker.SaslSslListener listener, int port) {
    String endpoint = SASL_SSL_LISTENER + "://" + HOST + ":" + port;
    props.put("listeners", props.get("listeners") + "," + endpoint);
    props.put("advertised.listeners", props.get("advertised.listeners") + "," + endpoint);
    props.put(
        "listener.security.protocol.map",
        props.get("listener.security.protocol.map") + "," + SASL_SSL_LISTENER + ":SASL_SSL");
    String prefix = "listener.name." + SASL_SSL_LISTENER.toLowerCase(java.util.Locale.ROOT) + ".";
    props.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
    props.put(
        prefix + "scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    props.put(prefix + "ssl.keystore.location", listener.keystore().toString());
    props.put(prefix + "ssl.keystore.password", listener.keystorePassword());
    props.put(prefix + "ssl.key.password", listener.keystorePassword());
    props.put(prefix + "ssl.keystore.type", "PKCS12");
  }
}
