package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo without --once, as a user runs it: until a signal, then a clean exit 0. */
class DemoFollowTest {

  @Test
  void followsUntilSigtermThenSaysItClosedAndExitsZero(@TempDir Path dir) throws Exception {
    Path err = dir.resolve("err.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process demo =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "demo",
                "--broker-port",
                "0",
                "--registry-port",
                "0")
            .redirectError(err.toFile())
            .start();
    List<String> lines = new ArrayList<>();
    try (var out =
        new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.startsWith("summary: ")) {
          demo.toHandle().destroy(); // SIGTERM; Process.destroy would close our end of stdout
        }
      }
      assertThat(demo.waitFor(60, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
    } finally {
      demo.destroyForcibly();
    }

    assertThat(demo.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines).contains("summary: stories=6 duplicates=4 rejects=3 links=1");
    assertThat(Files.readString(err))
        .endsWith("demo: stopped; broker, registry and processor closed cleanly\n");
  }
}
