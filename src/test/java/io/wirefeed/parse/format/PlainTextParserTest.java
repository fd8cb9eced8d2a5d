package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.Fixtures;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void unwrapsBlankLineSeparatedParagraphsAndTakesOutTheDateline() {
    ParsedStory story = parsed(parser.parse(parseFixture("plain-hard-wrapped-paragraphs.txt")));

    assertThat(story.format()).isEqualTo(ParsedFormat.PLAIN_TEXT);
    assertThat(story.dateline())
        .isEqualTo(
            new ParsedDateline(
                "DHAKA", LocalDate.of(2025, 1, 9), "DHAKA, January 9, 2025 (Reuters)"));
    assertThat(story.agency()).isEqualTo("Reuters");
    assertThat(story.source()).isEqualTo("Reuters");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "The central bank held its policy rate unchanged on Thursday, citing easing food"
                    + " prices."),
            ParsedBlock.paragraph(
                "Governor Salma Rahman said the bank would “watch inflation closely” in the"
                    + " coming months."));
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    ParsedStory story = parsed(parser.parse(parseFixture("plain-with-utf8-byte-order-mark.txt")));

    assertThat(story.charset()).isEqualTo("UTF-8");
    assertThat(story.body())
        .extracting(ParsedBlock::text)
        .containsExactly(
            "The port reopened on Friday after a two-day closure.",
            "Shipping lines said schedules would return to normal by Monday.");
  }

  @Test
  void dropsTransmissionControlCharacters() {
    byte[] raw = "\u0001\u0002Markets\tclosed early.\u0003\n".getBytes(StandardCharsets.UTF_8);

    assertThat(parsed(parser.parse(raw)).body())
        .containsExactly(ParsedBlock.paragraph("Markets closed early."));
  }

  @Test
  void textOfOnlyControlCharactersFails() {
    byte[] raw = "\u0001\u0002\u0003".getBytes(StandardCharsets.UTF_8);

    // SOH frames an IPTC 7901 message, which is then found empty.
    assertThat(parser.parse(raw)).isEqualTo(ParseResult.failed("IPTC 7901 message has no body"));
  }

  @Test
  void aPressReleaseHeaderGivesSourceStoryCodeAndAWrappedHeadline() {
    ParsedStory story =
        Fixtures.story("plain-press-release-with-source-and-media-release-header.txt");

    assertThat(story.source()).isEqualTo("Example Harbour Authority");
    assertThat(story.storyCode()).isEqualTo("PR10001");
    assertThat(story.headline())
        .isEqualTo(
            "Example Harbour Authority Opens Second Container Terminal After Two Years of"
                + " Building");
    assertThat(story.agency()).isEqualTo("PRNewswire-AsiaNet");
    assertThat(story.dateline().place()).isEqualTo("PORTVILLE");
    assertThat(story.dateline().date()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
    assertThat(story.signOff()).isEqualTo("SOURCE Example Harbour Authority");
    assertThat(story.body())
        .extracting(ParsedBlock::text)
        .containsExactly(
            "Example Harbour Authority today opened its second container terminal, doubling the"
                + " port's capacity to two million containers a year.",
            "The terminal has eight cranes and a new rail link.");
  }

  @Test
  void aReleaseDatelineWithoutADashAndAHeadlineRepeatedInTheBody() {
    ParsedStory story =
        Fixtures.story("plain-press-release-headline-repeated-dateline-without-dash.txt");

    assertThat(story.headline()).isEqualTo("Example Foods Reports Record Quarter");
    assertThat(story.dateline().text())
        .isEqualTo("PUNE, Examplia, July 9, 2025/PRNewswire-AsiaNet/");
    assertThat(story.agency()).isEqualTo("PRNewswire-AsiaNet");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph("Example Foods said revenue rose by a fifth in the quarter."));
  }

  @Test
  void plainTextWithoutAReleaseHeaderKeepsItsFirstLinesAsText() {
    byte[] raw =
        "Sources say the port will reopen.\n\nMore later.\n".getBytes(StandardCharsets.UTF_8);

    assertThat(parsed(parser.parse(raw)).headline()).isNull();
  }
}
