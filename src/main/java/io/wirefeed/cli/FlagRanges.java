package io.wirefeed.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The values each numeric flag takes, checked before a command runs, so that a value out of range
 * stops it with the flag's own name rather than an error from deep inside (a Java field name, a
 * socket's port check, or nothing at all).
 */
final class FlagRanges {

  /** An inclusive range; {@code aboveMin} makes the lower bound exclusive. */
  private record Range(double min, double max, boolean aboveMin) {

    static Range from(double min, double max) {
      return new Range(min, max, false);
    }

    static Range above(double min) {
      return new Range(min, Double.MAX_VALUE, true);
    }

    boolean contains(double value) {
      return (aboveMin ? value > min : value >= min) && value <= max;
    }

    String expected() {
      if (aboveMin) {
        return "above " + format(min);
      }
      return max == Double.MAX_VALUE || max == Integer.MAX_VALUE || max == Long.MAX_VALUE
          ? format(min) + " or more"
          : "from " + format(min) + " to " + format(max);
    }

    private static String format(double value) {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }

  private static final Range PORT = Range.from(0, 65_535);
  private static final Range PORT_OR_OFF = Range.from(-1, 65_535);
  private static final Range POSITIVE = Range.from(1, Integer.MAX_VALUE);
  private static final Range POSITIVE_LONG = Range.from(1, Long.MAX_VALUE);

  /** By command, then flag. */
  private static final Map<String, Map<String, Range>> RANGES =
      Map.of(
          "demo",
          Map.of("--broker-port", PORT, "--registry-port", PORT, "--health-port", PORT),
          "run",
          Map.of("--health-port", PORT_OR_OFF),
          "parse",
          Map.of("--max-message-bytes", POSITIVE),
          "replay",
          Map.of("--rate", Range.above(0), "--speed", Range.above(0)),
          "tail",
          Map.of("--max-messages", POSITIVE_LONG, "--partition", Range.from(0, Integer.MAX_VALUE)),
          "bench",
          Map.of(
              "--messages", POSITIVE,
              "--message-bytes", POSITIVE,
              "--resend-share", Range.from(0, 1),
              "--partitions", POSITIVE,
              "--threads", POSITIVE,
              "--rate", POSITIVE,
              "--latency-seconds", POSITIVE));

  private FlagRanges() {}

  /**
   * @throws ParameterException naming the first flag given out of its range
   */
  static void check(CommandLine.ParseResult parseResult) {
    for (var result = parseResult; result != null; result = result.subcommand()) {
      Map<String, Range> ranges = RANGES.getOrDefault(result.commandSpec().name(), Map.of());
      for (CommandLine.Model.OptionSpec option : result.matchedOptions()) {
        Range range = ranges.get(option.longestName());
        if (range != null && option.getValue() instanceof Number value) {
          if (!range.contains(value.doubleValue())) {
            throw new ParameterException(
                result.commandSpec().commandLine(),
                String.join("/", option.names())
                    + " is "
                    + Range.format(value.doubleValue())
                    + ": expected a number "
                    + range.expected());
          }
        }
      }
    }
  }
}
