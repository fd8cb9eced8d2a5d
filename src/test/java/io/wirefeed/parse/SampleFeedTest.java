package io.wirefeed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedStory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled sample feed does what its INDEX.txt says: duplicates hash equal, the rest differ. */
class SampleFeedTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  /** One INDEX.txt line: {@code FILE<TAB>DESCRIPTION}. */
  private record Entry(String file, String description) {
    boolean malformed() {
      return description.startsWith("malformed:");
    }

    /** The file this one duplicates, or itself for an original. */
    String original() {
      if (description.startsWith("duplicate of ")) {
        return description.substring("duplicate of ".length(), description.indexOf(':'));
      }
      return file;
    }
  }

  private static List<Entry> index() {
    String index = new String(Fixtures.sampleFeed("INDEX.txt"), StandardCharsets.UTF_8);
    return index
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", 2))
        .map(parts -> new Entry(parts[0], parts[1]))
        .toList();
  }

  @Test
  void indexListsEveryFileOfTheFeedInReplayOrder() throws IOException, URISyntaxException {
    Path folder =
        Path.of(SampleFeedTest.class.getResource("/sample-feed/INDEX.txt").toURI()).getParent();
    List<String> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .map(path -> path.getFileName().toString())
              .filter(name -> !name.equals("INDEX.txt"))
              .sorted()
              .toList();
    }

    assertThat(index()).extracting(Entry::file).containsExactlyElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void malformedMessagesFailAndTheOthersParse() {
    for (Entry entry : index()) {
      ParseResult result = parser.parse(Fixtures.sampleFeed(entry.file()));
      if (entry.malformed()) {
        assertThat(result).as(entry.file()).isInstanceOf(ParseResult.Failed.class);
      } else {
        assertThat(result).as(entry.file()).isInstanceOf(ParseResult.Parsed.class);
      }
    }
  }

  @Test
  void malformedMessagesFailForTheReasonsTheIndexGives() {
    assertThat(failure("10-malformed-telex-without-body.txt"))
        .isEqualTo("ZCZC telex message has no body");
    assertThat(failure("11-malformed-binary-with-nul-bytes.bin"))
        .isEqualTo("binary content: NUL byte at offset 8");
    assertThat(failure("13-malformed-whitespace-only.txt")).isEqualTo("whitespace-only message");
  }

  @Test
  void duplicatesHashLikeTheirOriginalAndOriginalsAllDiffer() {
    Map<String, String> hashByFile = new LinkedHashMap<>();
    for (Entry entry : index()) {
      if (!entry.malformed()) {
        hashByFile.put(
            entry.file(),
            ContentHash.of(Fixtures.parsed(parser.parse(Fixtures.sampleFeed(entry.file())))));
      }
    }
    Map<String, String> originalByHash = new HashMap<>();
    for (Entry entry : index()) {
      if (entry.malformed()) {
        continue;
      }
      String hash = hashByFile.get(entry.file());
      if (entry.original().equals(entry.file())) {
        assertThat(originalByHash.put(hash, entry.file()))
            .as("%s must not hash like another original", entry.file())
            .isNull();
      } else {
        assertThat(hash)
            .as("%s must hash like %s", entry.file(), entry.original())
            .isEqualTo(hashByFile.get(entry.original()));
      }
    }
    assertThat(originalByHash).hasSize(6);
  }

  @Test
  void windows1252CopyIsDecodedAsSuch() {
    ParsedStory utf8 =
        Fixtures.parsed(parser.parse(Fixtures.sampleFeed("05-election-result-telex.txt")));
    ParsedStory cp1252 =
        Fixtures.parsed(parser.parse(Fixtures.sampleFeed("09-election-result-windows-1252.txt")));

    assertThat(cp1252.charset()).isEqualTo("windows-1252");
    assertThat(cp1252.headline())
        .isEqualTo("Mayor Hossain re-elected in Rajshahi with “clear mandate”");
    assertThat(cp1252.body()).isEqualTo(utf8.body());
    assertThat(cp1252.agency()).isEqualTo("BSS");
    assertThat(cp1252.source()).isEqualTo("Reuters");
  }

  private String failure(String file) {
    ParseResult result = parser.parse(Fixtures.sampleFeed(file));
    assertThat(result).as(file).isInstanceOf(ParseResult.Failed.class);
    return ((ParseResult.Failed) result).reason();
  }
}
