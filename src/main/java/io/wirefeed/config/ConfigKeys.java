package io.wirefeed.config;

import java.util.Set;

/** wirefeed's own config keys; everything else goes to Kafka Streams or the Avro serdes. */
public final class ConfigKeys {

  public static final String TOPIC_RAW = "topic.raw";
  public static final String TOPIC_STORIES = "topic.stories";
  public static final String TOPIC_DUPLICATES = "topic.duplicates";
  public static final String TOPIC_REJECTS = "topic.rejects";
  public static final String DEDUP_RETENTION_MS = "dedup.retention.ms";
  public static final String DEDUP_PURGE_INTERVAL_MS = "dedup.purge.interval.ms";
  public static final String PARSE_MAX_MESSAGE_BYTES = "parse.max.message.bytes";
  public static final String PARSE_MAX_LINES = "parse.max.lines";
  public static final String TOPICS_CREATE = "topics.create";
  public static final String TOPICS_PARTITIONS = "topics.partitions";
  public static final String TOPICS_REPLICATION_FACTOR = "topics.replication.factor";
  public static final String TOPICS_MAX_MESSAGE_BYTES = "topics.max.message.bytes";
  public static final String HEALTH_PORT = "health.port";
  public static final String HEALTH_HOST = "health.host";
  public static final String CHECK_TIMEOUT_MS = "check.timeout.ms";
  public static final String SHUTDOWN_TIMEOUT_MS = "shutdown.timeout.ms";
  public static final String SUMMARY_INTERVAL_MS = "summary.interval.ms";
  public static final String TOPIC_LINKS = "topic.links";
  public static final String LINK_ENABLED = "link.enabled";
  public static final String LINK_THRESHOLD = "link.threshold";
  public static final String LINK_SHINGLE_WORDS = "link.shingle.words";
  public static final String LINK_SIGNATURE_SIZE = "link.signature.size";
  public static final String LINK_BANDS = "link.bands";
  public static final String LINK_ROWS = "link.rows";
  public static final String LINK_MIN_WORDS = "link.min.words";
  public static final String LINK_PARTITIONS = "link.partitions";

  static final Set<String> OWN =
      Set.of(
          TOPIC_RAW,
          TOPIC_STORIES,
          TOPIC_DUPLICATES,
          TOPIC_REJECTS,
          DEDUP_RETENTION_MS,
          DEDUP_PURGE_INTERVAL_MS,
          PARSE_MAX_MESSAGE_BYTES,
          PARSE_MAX_LINES,
          TOPICS_CREATE,
          TOPICS_PARTITIONS,
          TOPICS_REPLICATION_FACTOR,
          TOPICS_MAX_MESSAGE_BYTES,
          HEALTH_PORT,
          HEALTH_HOST,
          CHECK_TIMEOUT_MS,
          SHUTDOWN_TIMEOUT_MS,
          SUMMARY_INTERVAL_MS,
          TOPIC_LINKS,
          LINK_ENABLED,
          LINK_THRESHOLD,
          LINK_SHINGLE_WORDS,
          LINK_SIGNATURE_SIZE,
          LINK_BANDS,
          LINK_ROWS,
          LINK_MIN_WORDS,
          LINK_PARTITIONS);

  /** Confluent's serde and registry client keys, which Kafka Streams would log as unknown. */
  static boolean isRegistryKey(String key) {
    return key.startsWith("schema.registry.")
        || key.startsWith("basic.auth.")
        || key.startsWith("bearer.auth.")
        || key.startsWith("request.header.")
        || key.endsWith(".subject.name.strategy")
        || Set.of(
                "auto.register.schemas",
                "use.latest.version",
                "normalize.schemas",
                "specific.avro.reader",
                "avro.remove.java.properties")
            .contains(key);
  }

  private ConfigKeys() {}
}
