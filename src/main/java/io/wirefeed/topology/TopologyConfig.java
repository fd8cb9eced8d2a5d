package io.wirefeed.topology;

import io.wirefeed.link.LinkSettings;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.serde.AvroSerdeConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the topology's shape depends on.
 *
 * @param topics the four topic names
 * @param dedupRetention how long a content hash is remembered; a copy arriving later is published
 *     again
 * @param dedupPurgeInterval how often, in stream time, expired hashes are removed from the store
 * @param parseLimits bounds applied to every raw message
 * @param serdeConfig the Schema Registry client and serde keys ({@code schema.registry.url}, {@code
 *     auto.register.schemas}, ...), passed to every Avro serde
 * @param linking whether and how near-duplicate stories are linked on the links topic
 */
public record TopologyConfig(
    Topics topics,
    Duration dedupRetention,
    Duration dedupPurgeInterval,
    ParseLimits parseLimits,
    Map<String, ?> serdeConfig,
    Linking linking) {

  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  public static final Duration DEFAULT_PURGE_INTERVAL = Duration.ofMinutes(10);

  public TopologyConfig {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(parseLimits, "parseLimits");
    if (dedupRetention.isNegative() || dedupRetention.isZero()) {
      throw new IllegalArgumentException("dedup retention must be positive: " + dedupRetention);
    }
    if (dedupPurgeInterval.isNegative() || dedupPurgeInterval.isZero()) {
      throw new IllegalArgumentException(
          "dedup purge interval must be positive: " + dedupPurgeInterval);
    }
    serdeConfig = registeringPublishedSchemaText(serdeConfig);
    Objects.requireNonNull(linking, "linking");
  }

  /**
   * Our generated classes carry {@code avro.java.string} properties that {@code schemas/*.avsc}
   * does not: registering them as they are would give a producer of the published {@code .avsc} a
   * second id for the same shape. So, unless the user says otherwise, they are stripped
   * (Confluent's own key, whose default there is false).
   */
  private static Map<String, ?> registeringPublishedSchemaText(Map<String, ?> serdeConfig) {
    Map<String, Object> config = new HashMap<>(serdeConfig);
    config.putIfAbsent(AvroSerdeConfig.AVRO_REMOVE_JAVA_PROPERTIES, "true");
    return Map.copyOf(config);
  }

  /** With linking on, its default settings, on one band partition. */
  public TopologyConfig(
      Topics topics,
      Duration dedupRetention,
      Duration dedupPurgeInterval,
      ParseLimits parseLimits,
      Map<String, ?> serdeConfig) {
    this(topics, dedupRetention, dedupPurgeInterval, parseLimits, serdeConfig, Linking.DEFAULT);
  }

  /**
   * Near-duplicate linking.
   *
   * @param enabled off: no signature is computed and nothing is written to the links topic
   * @param settings shingles, signature, bands and threshold
   * @param partitions partitions of the band repartition topic, fixed so that every band task knows
   *     which bands are its own; changing it on a running deployment needs fresh link state
   */
  public record Linking(boolean enabled, LinkSettings settings, int partitions) {
    public static final Linking DEFAULT = new Linking(true, LinkSettings.DEFAULTS, 1);
    public static final Linking OFF = new Linking(false, LinkSettings.DEFAULTS, 1);

    public Linking {
      Objects.requireNonNull(settings, "settings");
      if (partitions < 1) {
        throw new IllegalArgumentException("link partitions must be positive: " + partitions);
      }
    }
  }

  /** The topics wirefeed reads and writes. */
  public record Topics(
      String raw, String stories, String duplicates, String rejects, String links) {
    public static final String DEFAULT_LINKS = "wire.links";
    public static final Topics DEFAULT =
        new Topics("wire.raw", "wire.stories", "wire.duplicates", "wire.rejects", DEFAULT_LINKS);

    public Topics {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(stories, "stories");
      Objects.requireNonNull(duplicates, "duplicates");
      Objects.requireNonNull(rejects, "rejects");
      Objects.requireNonNull(links, "links");
    }

    /** With the default links topic. */
    public Topics(String raw, String stories, String duplicates, String rejects) {
      this(raw, stories, duplicates, rejects, DEFAULT_LINKS);
    }
  }
}
