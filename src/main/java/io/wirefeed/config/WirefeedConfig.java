package io.wirefeed.config;

import io.wirefeed.link.LinkSettings;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.topology.TopologyConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The processor's whole configuration, split three ways: wirefeed's own keys become a {@link
 * TopologyConfig} and {@link TopicSettings}; everything else goes to Kafka Streams, with our
 * defaults for the keys the user did not set; the serdes see every key and pick Confluent's. {@code
 * settings} keeps them all as given, for the start-up log line (through {@link MaskedSettings}).
 */
public record WirefeedConfig(
    TopologyConfig topology,
    TopicSettings topicSettings,
    OpsSettings ops,
    Properties streamsProperties,
    Map<String, String> settings) {

  public static final String DEFAULT_APPLICATION_ID = "wirefeed";
  static final int DEFAULT_TOPICS_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

  /** How {@code run} and {@code demo} create missing topics. */
  public record TopicSettings(
      boolean create, int partitions, short replicationFactor, int maxMessageBytes) {}

  /**
   * @throws ConfigException naming the key and what to fix, for a missing or malformed value
   */
  public String application() {
    return streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
  }

  public static WirefeedConfig from(Map<String, String> settings) {
    require(settings, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "the Kafka brokers, host:port,...");
    require(settings, "schema.registry.url", "the Schema Registry, http://host:port");
    var reader = new SettingsReader(settings);

    var topics =
        new TopologyConfig.Topics(
            reader.string(ConfigKeys.TOPIC_RAW, TopologyConfig.Topics.DEFAULT.raw()),
            reader.string(ConfigKeys.TOPIC_STORIES, TopologyConfig.Topics.DEFAULT.stories()),
            reader.string(ConfigKeys.TOPIC_DUPLICATES, TopologyConfig.Topics.DEFAULT.duplicates()),
            reader.string(ConfigKeys.TOPIC_REJECTS, TopologyConfig.Topics.DEFAULT.rejects()),
            reader.string(ConfigKeys.TOPIC_LINKS, TopologyConfig.Topics.DEFAULT.links()));
    int partitions = (int) reader.positiveLong(ConfigKeys.TOPICS_PARTITIONS, 3, 10_000);
    var topology =
        new TopologyConfig(
            topics,
            Duration.ofMillis(
                reader.positiveLong(
                    ConfigKeys.DEDUP_RETENTION_MS, TopologyConfig.DEFAULT_RETENTION.toMillis())),
            Duration.ofMillis(
                reader.positiveLong(
                    ConfigKeys.DEDUP_PURGE_INTERVAL_MS,
                    TopologyConfig.DEFAULT_PURGE_INTERVAL.toMillis())),
            new ParseLimits(
                (int)
                    reader.positiveLong(
                        ConfigKeys.PARSE_MAX_MESSAGE_BYTES,
                        ParseLimits.DEFAULTS.maxMessageBytes(),
                        Integer.MAX_VALUE),
                (int)
                    reader.positiveLong(
                        ConfigKeys.PARSE_MAX_LINES,
                        ParseLimits.DEFAULTS.maxLines(),
                        Integer.MAX_VALUE)),
            settings,
            linking(reader));
    int maxMessageBytes =
        (int)
            reader.positiveLong(
                ConfigKeys.TOPICS_MAX_MESSAGE_BYTES,
                DEFAULT_TOPICS_MAX_MESSAGE_BYTES,
                Integer.MAX_VALUE);
    var topicSettings =
        new TopicSettings(
            reader.bool(ConfigKeys.TOPICS_CREATE, true),
            partitions,
            (short) reader.longInRange(ConfigKeys.TOPICS_REPLICATION_FACTOR, -1, -1, 32),
            maxMessageBytes);
    return new WirefeedConfig(
        topology,
        topicSettings,
        OpsSettings.from(reader),
        streamsProperties(settings, maxMessageBytes),
        Map.copyOf(settings));
  }

  /**
   * The link.* keys of these settings alone, for tools that link without Kafka ({@code similar}).
   *
   * @throws ConfigException naming the key and what to fix
   */
  public static TopologyConfig.Linking linking(Map<String, String> settings) {
    return linking(new SettingsReader(settings));
  }

  /**
   * The link.* keys. The band topic has one partition unless {@code link.partitions} says more: a
   * story then costs one band record, and one band task links thousands of stories a second, far
   * more than a newsroom's wires send; each further partition costs a band record per story.
   */
  private static TopologyConfig.Linking linking(SettingsReader reader) {
    LinkSettings d = LinkSettings.DEFAULTS;
    LinkSettings settings;
    try {
      settings =
          new LinkSettings(
              (int) reader.positiveLong(ConfigKeys.LINK_SHINGLE_WORDS, d.shingleWords(), 16),
              (int) reader.positiveLong(ConfigKeys.LINK_SIGNATURE_SIZE, d.signatureSize(), 1024),
              (int) reader.positiveLong(ConfigKeys.LINK_BANDS, d.bands(), LinkSettings.MAX_BANDS),
              (int) reader.positiveLong(ConfigKeys.LINK_ROWS, d.rows(), 1024),
              reader.share(ConfigKeys.LINK_THRESHOLD, d.threshold()),
              (int) reader.positiveLong(ConfigKeys.LINK_MIN_WORDS, d.minWords(), 1_000_000));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("link.* settings do not fit together: " + e.getMessage());
    }
    return new TopologyConfig.Linking(
        reader.bool(ConfigKeys.LINK_ENABLED, true),
        settings,
        (int) reader.positiveLong(ConfigKeys.LINK_PARTITIONS, 1, 10_000));
  }

  private static Properties streamsProperties(Map<String, String> settings, int maxMessageBytes) {
    Map<String, Object> streams = new HashMap<>();
    streams.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
    // Kafka's default, /tmp/kafka-streams, is wiped at reboot: the dedup state would be rebuilt
    // from the changelog at every start, and Streams warns about it each time.
    streams.put(
        StreamsConfig.STATE_DIR_CONFIG,
        defaultStateDir(System.getenv(), System.getProperty("user.home")).toString());
    streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    streams.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    // A story passes two exactly-once hops and waits at each for a commit to become visible. In
    // the bench at 2,000 msg/s, p99 was 260 ms with 50 and 193 ms with 30, and full-load
    // throughput did not drop measurably. Bulk replays that care only for throughput can raise it.
    streams.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 30);
    // A stream thread that finds no new record blocks in its poll for up to poll.ms before it gets
    // to the due commit that makes its output visible; with Kafka's 100 ms, a story waited up to
    // that long at each hop. At 2,000 msg/s, p99 went from 229 and 243 ms to 109 ms in the bench,
    // for about 0.02 cores more while idle (see docs/configuration.md).
    streams.put(StreamsConfig.POLL_MS_CONFIG, 10L);
    // Kafka's consumers ask for a fixed 64 KB socket receive buffer. A fetch response larger than
    // that, on a fast link such as loopback, overruns it: the kernel drops segments, and each drop
    // stalls the stream thread's poll for TCP's 200 ms minimum retransmission timeout. -1 leaves
    // the buffer to the kernel's autotuning (see docs/performance.md, "The 200 ms stalls").
    streams.put(StreamsConfig.consumerPrefix(ConsumerConfig.RECEIVE_BUFFER_CONFIG), -1);
    // Opt in now to what Kafka 5.0 makes the default; Streams warns at every start otherwise.
    streams.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    // A reject carries the whole raw message plus its metadata, so outputs must take more than
    // the broker's 1 MiB default; the repartition topic gets the same through the topic. prefix.
    streams.put(
        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxMessageBytes);
    streams.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), maxMessageBytes);
    streams.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
        maxMessageBytes);
    settings.forEach(
        (key, value) -> {
          if (!ConfigKeys.OWN.contains(key) && !ConfigKeys.isRegistryKey(key)) {
            streams.put(key, value);
          }
        });
    Properties properties = new Properties();
    properties.putAll(streams);
    return properties;
  }

  /**
   * {@code $XDG_DATA_HOME/wirefeed/state}, else {@code ~/.local/share/wirefeed/state}: the user's
   * data dir, which survives a reboot. The image sets {@code state.dir} to its volume.
   */
  static Path defaultStateDir(Map<String, String> environment, String userHome) {
    String dataHome = environment.get("XDG_DATA_HOME");
    Path base =
        dataHome != null && !dataHome.isBlank()
            ? Path.of(dataHome)
            : Path.of(userHome, ".local", "share");
    return base.resolve("wirefeed").resolve("state");
  }

  private static void require(Map<String, String> settings, String key, String what) {
    String value = settings.get(key);
    if (value == null || value.isBlank()) {
      throw new ConfigException(
          "missing config '"
              + key
              + "' ("
              + what
              + "): set it in the --config file or as environment variable "
              + EnvironmentSettings.variableFor(key));
    }
  }
}
