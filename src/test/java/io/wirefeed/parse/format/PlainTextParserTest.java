package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parse;
import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

  @Test
  void unwrapsBlankLineSeparatedParagraphsAndTakesOutTheDateline() {
    assertThatStory(story("plain-hard-wrapped-paragraphs.txt"))
        .hasFormat(ParsedFormat.PLAIN_TEXT)
        .hasDateline("DHAKA", LocalDate.of(2025, 1, 9), "DHAKA, January 9, 2025 (Reuters)")
        .hasAgency("Reuters")
        .hasSource("Reuters")
        .hasBody(
            ParsedBlock.paragraph(
                "The central bank held its policy rate unchanged on Thursday, citing easing food"
                    + " prices."),
            ParsedBlock.paragraph(
                "Governor Salma Rahman said the bank would “watch inflation closely” in the"
                    + " coming months."));
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    assertThatStory(story("plain-with-utf8-byte-order-mark.txt"))
        .hasCharset("UTF-8")
        .hasBodyTexts(
            "The port reopened on Friday after a two-day closure.",
            "Shipping lines said schedules would return to normal by Monday.");
  }

  @Test
  void dropsTransmissionControlCharacters() {
    byte[] raw = "\u0001\u0002Markets\tclosed early.\u0003\n".getBytes(StandardCharsets.UTF_8);

    assertThat(story(raw).body()).containsExactly(ParsedBlock.paragraph("Markets closed early."));
  }

  @Test
  void textOfOnlyControlCharactersFails() {
    byte[] raw = "\u0001\u0002\u0003".getBytes(StandardCharsets.UTF_8);

    // SOH frames an IPTC 7901 message, which is then found empty.
    assertThat(parse(raw)).isEqualTo(ParseResult.failed("IPTC 7901 message has no body"));
  }

  @Test
  void aPressReleaseHeaderGivesSourceStoryCodeAndAWrappedHeadline() {
    assertThatStory(story("plain-press-release-with-source-and-media-release-header.txt"))
        .hasSource("Example Harbour Authority")
        .hasStoryCode("PR10001")
        .hasHeadline(
            "Example Harbour Authority Opens Second Container Terminal After Two Years of"
                + " Building")
        .hasAgency("PRNewswire-AsiaNet")
        .hasDatelinePlace("PORTVILLE")
        .hasDatelineDate(LocalDate.of(2025, 3, 3))
        .hasSignOff("SOURCE Example Harbour Authority")
        .hasBodyTexts(
            "Example Harbour Authority today opened its second container terminal, doubling the"
                + " port's capacity to two million containers a year.",
            "The terminal has eight cranes and a new rail link.");
  }

  @Test
  void aReleaseDatelineWithoutADashAndAHeadlineRepeatedInTheBody() {
    assertThatStory(story("plain-press-release-headline-repeated-dateline-without-dash.txt"))
        .hasHeadline("Example Foods Reports Record Quarter")
        .hasDatelineText("PUNE, Examplia, July 9, 2025/PRNewswire-AsiaNet/")
        .hasAgency("PRNewswire-AsiaNet")
        .hasBody(
            ParsedBlock.paragraph("Example Foods said revenue rose by a fifth in the quarter."));
  }

  @Test
  void plainTextWithoutAReleaseHeaderKeepsItsFirstLinesAsText() {
    byte[] raw =
        "Sources say the port will reopen.\n\nMore later.\n".getBytes(StandardCharsets.UTF_8);

    assertThat(story(raw).headline()).isNull();
  }
}
