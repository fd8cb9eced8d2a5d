package io.wirefeed.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A golden copy of the topology's description: renaming a node, store or internal topic changes
 * what a running deployment reads from its changelog and repartition topics, so it must be a
 * conscious change to this file too.
 */
class TopologyDescriptionTest {

  @Test
  void describesTheNamedTopology() throws IOException {
    var config =
        new TopologyConfig(
            TopologyConfig.Topics.DEFAULT,
            Duration.ofDays(7),
            Duration.ofMinutes(10),
            ParseLimits.DEFAULTS,
            Map.of("schema.registry.url", "mock://description-test"));

    String description = WirefeedTopology.build(config).describe().toString();

    assertThat(description.strip()).isEqualTo(golden().strip());
  }

  private static String golden() throws IOException {
    try (InputStream in =
        TopologyDescriptionTest.class.getResourceAsStream("topology-description.txt")) {
      assertThat(in).as("golden file topology-description.txt").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
