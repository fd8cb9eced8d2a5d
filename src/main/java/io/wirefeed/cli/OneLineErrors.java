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

  /**
   * A bad flag or argument: one line that says what was wrong (and the flag meant, for a typo) and
   * where the usage is, exit code 2. The README promises one line, not a screen of usage.
   */
  static int badArguments(CommandLine.ParameterException error, String[] args) {
    CommandLine commandLine = error.getCommandLine();
    String suggestion = "";
    if (error instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      suggestion = "; did you mean " + unmatched.getSuggestions().get(0) + "?";
    }
    commandLine
        .getErr()
        .println(
            "wirefeed: "
                + error.getMessage()
                + suggestion
                + " (see '"
                + commandLine.getCommandSpec().qualifiedName()
                + " --help')");
    return 2;
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
