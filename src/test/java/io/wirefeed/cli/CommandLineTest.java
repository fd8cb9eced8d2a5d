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
  void helpIsACommandToo() {
    CommandRun run = CommandRun.of("help", "replay");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: wirefeed replay");
  }
}
