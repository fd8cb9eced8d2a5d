package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every command shares: one line for a bad flag, with the flag's own name, and help. (The
 * version comes from the jar's Maven properties, so .ci/run checks it on the built jar.)
 */
class CommandLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "demo --broker-port 99999 | wirefeed: --broker-port is 99999: expected a number from 0 to"
            + " 65535 (see 'wirefeed demo --help')",
        "parse --max-message-bytes -5 x.txt | wirefeed: --max-message-bytes is -5: expected a"
            + " number 1 or more (see 'wirefeed parse --help')",
        "tail --max -1 stories | wirefeed: --max-messages/--max is -1: expected a number 1 or"
            + " more (see 'wirefeed tail --help')",
        "replay --rate 0 x.txt | wirefeed: --rate is 0: expected a number above 0 (see 'wirefeed"
            + " replay --help')",
        "tail --folow stories | wirefeed: Unknown option: '--folow'; did you mean --follow? (see"
            + " 'wirefeed tail --help')",
        "stats --bootstrap-server | wirefeed: Missing required parameter for option"
            + " '--bootstrap-server' (HOST:PORT) (see 'wirefeed stats --help')",
      })
  void aBadFlagIsOneLineNamingTheFlagWithExitCode2(String args, String line) {
    CommandRun run = CommandRun.of(args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(line);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpIsACommandTooAndReplaysHelpNamesEveryFormatItSplits() {
    CommandRun run = CommandRun.of("help", "replay");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: wirefeed replay")
        .contains("ANPA-1312", "IPTC 7901", "ZCZC telex", "NITF")
        .doesNotContain("--registry-url");
  }

  @Test
  void runTakesBootstrapServerLikeTheOtherCommands() {
    CommandRun run = CommandRun.of("run", "--bootstrap-server", "k:9092");

    // Past bootstrap.servers: what is missing now is the registry.
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("wirefeed: missing config 'schema.registry.url'");
  }

  @Test
  void aToolWithoutABrokerAddressNamesTheFlagTheFileKeyAndTheVariable() {
    CommandRun run = CommandRun.of("stats", "--registry-url", "http://127.0.0.1:1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly(
            "wirefeed: missing bootstrap.servers: give --bootstrap-server, or --config FILE with"
                + " bootstrap.servers, or the environment variable WIREFEED_BOOTSTRAP_SERVERS");
  }

  @ParameterizedTest
  @CsvSource({
    "stats --registry-url http://127.0.0.1:1",
    "tail --registry-url http://127.0.0.1:1 stories",
    "replay --topic wire.raw pom.xml"
  })
  void aBrokerThatRefusesTheConnectionIsOneLineAtOnce(String command) throws Exception {
    int closedPort;
    try (var socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
    args.addAll(1, java.util.List.of("--bootstrap-server", "127.0.0.1:" + closedPort));

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines())
        .containsExactly(
            "wirefeed: the Kafka cluster at 127.0.0.1:"
                + closedPort
                + " is not reachable (127.0.0.1:"
                + closedPort
                + " refused the connection): check --bootstrap-server (or bootstrap.servers) and"
                + " that the brokers are up");
  }
}
