package io.wirefeed.normalize;

import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.ParsedStory;
import io.wirefeed.testfeeds.TelexMessage;
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

  private final String original = hash(TelexWriter.story());

  @Test
  void isLowercaseHexSha256() {
    assertThat(original).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void isTheSha256OfTheCanonicalText() {
    assertThat(ContentHash.of(story(TelexWriter.story().bytes())))
        .isEqualTo(
            ContentHash.ofCanonicalText(CanonicalText.of(story(TelexWriter.story().bytes()))));
    assertThat(ContentHash.ofCanonicalText(""))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void ignoresLineWrapping() {
    assertThat(hash(TelexWriter.story().wrap(TelexWriter.wrappedAt(40)))).isEqualTo(original);
    assertThat(hash(TelexWriter.story().wrap(TelexWriter.wrappedAt(20)))).isEqualTo(original);
    assertThat(hash(TelexWriter.story().wrap(TelexWriter.wrappedAt(500)))).isEqualTo(original);
  }

  @Test
  void hyphenatedWordBrokenAcrossLinesHashesLikeTheWholeWord() {
    boolean brokenAtHyphen = false;
    for (int width = 20; width <= 100; width++) {
      byte[] raw = TelexWriter.story().wrap(TelexWriter.wrappedAt(width)).bytes();
      brokenAtHyphen |= new String(raw, StandardCharsets.UTF_8).contains("Karim-\nChowdhury");
      assertThat(ContentHash.of(story(raw))).as("width %d", width).isEqualTo(original);
    }
    assertThat(brokenAtHyphen).as("some width breaks Karim-Chowdhury at its hyphen").isTrue();
  }

  @Test
  void ignoresLineEnds() {
    assertThat(hash(TelexWriter.story().lineEnd("\r\n"))).isEqualTo(original);
    assertThat(hash(TelexWriter.story().lineEnd("\r"))).isEqualTo(original);
  }

  @Test
  void ignoresQuoteAndDashTypography() {
    assertThat(hash(TelexWriter.story(TelexMessage::straightQuotes))).isEqualTo(original);
    assertThat(hash(TelexWriter.story(text -> text.replace("—", "--")))).isEqualTo(original);
    assertThat(hash(TelexWriter.story(text -> text.replace("—", "–")))).isEqualTo(original);
  }

  @Test
  void ignoresTransmissionDetails() {
    assertThat(hash(TelexWriter.story(TelexWriter.STORY_CODE, "BSS/GMR/1140 hrs", text -> text)))
        .isEqualTo(original);
    assertThat(hash(TelexWriter.story("BSS-27", TelexWriter.SIGN_OFF, text -> text)))
        .isEqualTo(original);
    assertThat(hash(TelexWriter.story().preamble(List.of("RESEND BSS-27", "", "298", ""))))
        .isEqualTo(original);
  }

  @Test
  void ignoresTheCharsetOfTheBytes() {
    Charset cp1252 = Charset.forName("windows-1252");
    ParsedStory story = story(TelexWriter.story().charset(cp1252).bytes());

    assertThat(story.charset()).isEqualTo("windows-1252");
    assertThat(ContentHash.of(story)).isEqualTo(original);
  }

  @Test
  void aOneWordChangeChangesTheHash() {
    byte[] changed =
        new String(TelexWriter.story().bytes(), StandardCharsets.UTF_8)
            .replace("forty container", "fifty container")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(ContentHash.of(story(changed))).isNotEqualTo(original);
  }

  @Test
  void isStableAcrossThreads() throws Exception {
    ParsedStory story = story(TelexWriter.story().bytes());
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

  private String hash(TelexMessage message) {
    return ContentHash.of(story(message.bytes()));
  }

  private ParsedStory story(byte[] raw) {
    return parsed(parser.parse(raw));
  }
}
