package io.wirefeed.topology;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.serde.ConfluentAvroSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** A {@link TopologyTestDriver} set up as the topology tests need it. */
final class TestDrivers {

  private TestDrivers() {}

  /**
   * The default topics and parse limits, dedup state kept for {@code dedupRetention} and purged
   * hourly (in stream time), serdes configured with {@code serdeConfig}.
   */
  static TopologyConfig config(Duration dedupRetention, Map<String, ?> serdeConfig) {
    return new TopologyConfig(
        TopologyConfig.Topics.DEFAULT,
        dedupRetention,
        Duration.ofHours(1),
        ParseLimits.DEFAULTS,
        serdeConfig);
  }

  /** With explicit internal naming enforced, as in production, and state under {@code dir}. */
  static TopologyTestDriver start(Topology topology, Path stateDir) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirefeed-topology-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return new TopologyTestDriver(topology, properties);
  }

  /** An output topic keyed by content hash, its values read through the registry. */
  static <T extends SpecificRecord> TestOutputTopic<String, T> avroOutput(
      TopologyTestDriver driver, String topic, Class<T> type, Map<String, ?> serdeConfig) {
    return driver.createOutputTopic(
        topic,
        Serdes.String().deserializer(),
        ConfluentAvroSerde.forValues(type, serdeConfig).deserializer());
  }
}
