package io.wirefeed.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** A command run in-process with its stdout and stderr captured. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun of(String... args) {
    return of(commandLine -> {}, args);
  }

  /**
   * @param setUp reaches into the commands before the run, e.g. to make a file unreadable
   */
  static CommandRun of(Consumer<CommandLine> setUp, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = Main.commandLine();
    setUp.accept(commandLine);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }

  /** Opens files as usual, except {@code locked}: permission denied, as for any user, root too. */
  static InputFiles.Opener denying(Path locked) {
    return file -> {
      if (file.equals(locked)) {
        throw new AccessDeniedException(file.toString());
      }
      return Files.newInputStream(file);
    };
  }
}
