package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.format.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins the content hash of every message of the shared corpus and of the bundled sample feed:
 * users' dedup state depends on them, so a change must be on purpose. The golden list {@code
 * corpus-content-hashes.txt} holds one line per message, {@code file#index hash} (or {@code
 * reject}), and no corpus text. After a change made on purpose, rewrite it with {@code
 * -Dwirefeed.golden.update=true} and give the reason in the commit.
 */
class CorpusHashesTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/io/wirefeed/parse/corpus-content-hashes.txt");

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void everyMessageHashesAsTheGoldenListSays() throws IOException {
    Path corpus = Path.of(System.getProperty("wirefeed.corpus", "../shared/wire-corpus"));
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus folder at " + corpus);
    List<String> actual = new ArrayList<>();
    hashes("corpus/", corpus, actual);
    hashes("sample-feed/", Path.of("src/main/resources/sample-feed"), actual);
    if (Boolean.getBoolean("wirefeed.golden.update")) {
      Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    List<String> golden = Files.readAllLines(GOLDEN);
    List<String> changed = new ArrayList<>(actual);
    changed.removeAll(golden);
    List<String> gone = new ArrayList<>(golden);
    gone.removeAll(actual);
    assertThat(changed).as("hashes not in the golden list (was: %s)", gone).isEmpty();
    assertThat(actual).containsExactlyElementsOf(golden);
  }

  private void hashes(String prefix, Path folder, List<String> out) throws IOException {
    List<Path> files = Fixtures.filesBelow(folder);
    for (Path file : files) {
      List<MessageResult> results = parser.parseAll(Files.readAllBytes(file));
      for (MessageResult result : results) {
        String outcome =
            result.result() instanceof ParseResult.Parsed parsed
                ? ContentHash.of(parsed.story())
                : "reject";
        out.add(
            prefix
                + folder.relativize(file).toString().replace('\\', '/')
                + "#"
                + result.index()
                + " "
                + outcome);
      }
    }
  }
}
