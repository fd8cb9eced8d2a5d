package io.wirefeed.normalize;

import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.ParsedStory;
import io.wirefeed.testfeeds.TelexWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  private final String original = hash(new TelexWriter());

  @Test
  void isLowercaseHexSha256() {
    assertThat(original).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void isTheSha256OfTheCanonicalText() {
    assertThat(ContentHash.of(story(new TelexWriter().write())))
        .isEqualTo(ContentHash.ofCanonicalText(CanonicalText.of(story(new TelexWriter().write()))));
    assertThat(ContentHash.ofCanonicalText(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void ignoresLineWrapping() {
    assertThat(hash(new TelexWriter().width(40))).isEqualTo(original);
    assertThat(hash(new TelexWriter().width(20))).isEqualTo(original);
    assertThat(hash(new TelexWriter().width(500))).isEqualTo(original);
  }

  @Test
  void hyphenatedWordBrokenAcrossLinesHashesLikeTheWholeWord() {
    boolean brokenAtHyphen = false;
    for (int width = 20; width <= 100; width++) {
      byte[] raw = new TelexWriter().width(width).write();
      brokenAtHyphen |= new String(raw, StandardCharsets.UTF_8).contains("Karim-\nChowdhury");
      assertThat(ContentHash.of(story(raw))).as("width %d", width).isEqualTo(original);
    }
    assertThat(brokenAtHyphen).as("some width breaks Karim-Chowdhury at its hyphen").isTrue();
  }

  @Test
  void ignoresLineEnds() {
    assertThat(hash(new TelexWriter().lineEnd("\r\n"))).isEqualTo(original);
    assertThat(hash(new TelexWriter().lineEnd("\r"))).isEqualTo(original);
  }

  @Test
  void ignoresQuoteAndDashTypography() {
    assertThat(hash(new TelexWriter().straightQuotes())).isEqualTo(original);
    assertThat(hash(new TelexWriter().dash("--"))).isEqualTo(original);
    assertThat(hash(new TelexWriter().dash("–"))).isEqualTo(original);
  }

  @Test
  void ignoresTransmissionDetails() {
    assertThat(hash(new TelexWriter().signOff("BSS/GMR/1140 hrs"))).isEqualTo(original);
    assertThat(hash(new TelexWriter().storyCode("BSS-27"))).isEqualTo(original);
    assertThat(hash(new TelexWriter().preamble("RESEND BSS-27\n\n298\n"))).isEqualTo(original);
  }

  @Test
  void ignoresTheCharsetOfTheBytes() {
    Charset cp1252 = Charset.forName("windows-1252");
    ParsedStory story = story(new TelexWriter().charset(cp1252).write());

    assertThat(story.charset()).isEqualTo("windows-1252");
    assertThat(ContentHash.of(story)).isEqualTo(original);
  }

  @Test
  void aOneWordChangeChangesTheHash() {
    byte[] changed =
        new String(new TelexWriter().write(), StandardCharsets.UTF_8)
            .replace("forty container", "fifty container")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(ContentHash.of(story(changed))).isNotEqualTo(original);
  }

  @Test
  void isStableAcrossThreads() throws Exception {
    ParsedStory story = story(new TelexWriter().write());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> hashes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        hashes.add(pool.submit(() -> ContentHash.of(story)));
      }
      for (Future<String> hash : hashes) {
        assertThat(hash.get()).isEqualTo(original);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String hash(TelexWriter writer) {
    return ContentHash.of(story(writer.write()));
  }

  private ParsedStory story(byte[] raw) {
    return parsed(parser.parse(raw));
  }
}
