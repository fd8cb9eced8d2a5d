package io.wirefeed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Times a fresh demo process from its start to the first story it prints. */
final class DemoStartup {

  private DemoStartup() {}

  static Duration timeToFirstStory(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process demo =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("story ")) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      }
      throw new IOException("the demo printed no story (exit code " + demo.waitFor() + ")");
    } finally {
      demo.destroy();
      if (!demo.waitFor(30, TimeUnit.SECONDS)) {
        demo.destroyForcibly();
      }
    }
  }
}
