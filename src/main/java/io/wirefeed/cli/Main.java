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
      BenchCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    return commandLine;
  }
}
