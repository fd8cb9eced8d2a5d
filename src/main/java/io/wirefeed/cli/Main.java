package io.wirefeed.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar wirefeed.jar}: the entry point; each command is its own class. */
@Command(
    name = "wirefeed",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Parses raw news wire messages, drops duplicates, publishes Avro stories.",
    subcommands = {
      DemoCommand.class,
      ParseCommand.class,
      RunCommand.class,
      ReplayCommand.class,
      TailCommand.class,
      StatsCommand.class,
      SimilarCommand.class,
      BenchCommand.class,
      RegistryCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    commandLine.setParameterExceptionHandler(OneLineErrors::badArguments);
    commandLine.setExecutionStrategy(
        parseResult -> {
          FlagRanges.check(parseResult);
          if (hasVerbose(parseResult)) {
            Logging.verbose();
          }
          return new CommandLine.RunLast().execute(parseResult);
        });
    return commandLine;
  }

  private static boolean hasVerbose(CommandLine.ParseResult parseResult) {
    for (var result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
