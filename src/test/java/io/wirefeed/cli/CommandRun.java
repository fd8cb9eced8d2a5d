package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractStringAssert;
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

  /**
   * Asserts that the command ended with {@code expectedExitCode} and said why in exactly one line
   * on stderr; returns an assertion on that line.
   */
  public AbstractStringAssert<?> assertOneLineError(int expectedExitCode) {
    assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(expectedExitCode);
    assertThat(err.lines()).as("stderr in one line").hasSize(1);
    return assertThat(err.lines().findFirst().orElseThrow());
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
