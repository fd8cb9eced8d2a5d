package io.wirefeed.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}, the same on every command. Without it a command shows one line per problem and
 * keeps Kafka's log off the terminal; {@link Main} and {@link OneLineErrors} look for it.
 */
final class VerboseOption {

  @Option(
      names = "--verbose",
      description = "Show Kafka's and wirefeed's log lines on stderr, and stack traces for errors.")
  boolean on;
}
