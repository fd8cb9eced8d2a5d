package io.wirefeed.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.Test;

/**
 * The shipped logback.xml (tests run with logback-test.xml, so it is read here on its own): a start
 * prints no Kafka warning that is not ours to act on, and an unreachable broker no line per retry.
 */
class StartupLoggingTest {

  @Test
  void kafkasStartAndConnectionWarningsStayOffTheTerminal() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(StartupLoggingTest.class.getResource("/logback.xml"));

    assertThat(context.getLogger("org.apache.kafka.streams.StreamsConfig").getEffectiveLevel())
        .isEqualTo(Level.ERROR);
    assertThat(context.getLogger("org.apache.kafka.clients.NetworkClient").getEffectiveLevel())
        .isEqualTo(Level.ERROR);
    assertThat(context.getLogger("org.apache.kafka.streams.KafkaStreams").getEffectiveLevel())
        .as("the rest of Kafka still warns")
        .isEqualTo(Level.WARN);
    assertThat(context.getLogger("io.wirefeed.runtime").getEffectiveLevel()).isEqualTo(Level.INFO);
  }
}
