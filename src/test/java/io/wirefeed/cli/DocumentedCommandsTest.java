package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every {@code java -jar target/wirefeed.jar …} line in the README and in {@code docs/} names a
 * command and flags that exist, with values of the right type, so the docs cannot rot silently. The
 * line is parsed as the jar would parse it, not run.
 */
class DocumentedCommandsTest {

  static final String JAR = "java -jar target/wirefeed.jar";

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommandLineParses() throws IOException {
    List<DocumentedCommand> commands = DocumentedCommand.findIn(documents());
    assertThat(commands).as("documented command lines").hasSizeGreaterThan(10);
    return commands.stream()
        .map(
            command ->
                DynamicTest.dynamicTest(
                    command.where() + ": " + String.join(" ", command.args()),
                    () -> {
                      CommandLine commandLine = Main.commandLine();
                      commandLine.parseArgs(command.args().toArray(String[]::new));
                    }));
  }

  @Test
  void aMistypedFlagInADocIsCaught() {
    List<DocumentedCommand> commands =
        DocumentedCommand.findIn(List.of(new Document("x.md", JAR + " demo --onse\n")));

    assertThat(commands).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Main.commandLine().parseArgs(commands.get(0).args().toArray(String[]::new)))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--onse");
  }

  private static List<Document> documents() throws IOException {
    List<Path> paths = new ArrayList<>(List.of(Path.of("README.md")));
    Path docs = Path.of("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(path -> path.toString().endsWith(".md")).sorted().forEach(paths::add);
      }
    }
    List<Document> documents = new ArrayList<>();
    for (Path path : paths) {
      documents.add(new Document(path.toString(), Files.readString(path)));
    }
    return documents;
  }

  record Document(String name, String text) {}
}
