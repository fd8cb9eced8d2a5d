package io.wirefeed.cli;

import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;

/**
 * Turns an exception out of a command into one line that says what to fix, and exit code 2 for bad
 * config, 1 otherwise. The stack trace only with {@code --verbose}.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println("wirefeed: " + describe(error));
    if (verbose(parseResult)) {
      error.printStackTrace(commandLine.getErr());
    }
    return error instanceof ConfigException || error instanceof CommandLine.ParameterException
        ? 2
        : 1;
  }

  private static boolean verbose(CommandLine.ParseResult parseResult) {
    for (var result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null ? error.getClass().getSimpleName() : message;
  }
}
