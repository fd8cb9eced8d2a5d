package io.wirefeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Times a fresh {@code demo --once} process: to the first story it prints, and to its exit. */
final class DemoStartup {

  private DemoStartup() {}

  /**
   * @param firstStory from the command's start to its first {@code story} line
   * @param wall from the command's start to its exit
   */
  record Times(Duration firstStory, Duration wall) {}

  static Times time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process demo =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
      Duration firstStory = null;
      String line;
      while ((line = out.readLine()) != null) {
        if (firstStory == null && line.startsWith("story ")) {
          firstStory = Duration.ofNanos(System.nanoTime() - start);
        }
      }
      int exitCode = demo.waitFor();
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      if (firstStory == null || exitCode != 0) {
        throw new IOException("the demo printed no story or failed (exit code " + exitCode + ")");
      }
      return new Times(firstStory, wall);
    } finally {
      demo.destroy();
      if (!demo.waitFor(30, TimeUnit.SECONDS)) {
        demo.destroyForcibly();
      }
    }
  }
}
