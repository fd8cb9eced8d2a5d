package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parse;
import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZczcTelexParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"telex-lf-line-ends.txt", "telex-crlf-line-ends.txt", "telex-cr-line-ends.txt"})
  void readsTheSameStoryWhateverTheLineEnds(String fixture) {
    assertThatStory(story(fixture))
        .hasFormat(ParsedFormat.ZCZC)
        .hasStoryCode("BSS-21")
        .hasSlug("CYCLONE-WARNING")
        .hasHeadline("Cyclone nears coast as 300,000 move to shelters")
        .hasDateline("COX’S BAZAR", LocalDate.of(2025, 5, 12), "COX’S BAZAR, May 12, 2025 (BSS)")
        .hasAgency("BSS")
        .hasSource("BSS")
        .hasBody(
            ParsedBlock.paragraph(
                "Authorities raised the danger signal to ten on Monday as a severe cyclone"
                    + " churned towards the coast, the weather office said."),
            ParsedBlock.paragraph(
                "More than 300,000 people were moved to storm shelters overnight, district"
                    + " administrator Nasrin Akter-Haque told reporters in the town’s main"
                    + " square."),
            ParsedBlock.subhead("Fishing boats recalled"),
            ParsedBlock.paragraph(
                "All fishing trawlers have been told to return to harbour, and river ferry"
                    + " services were suspended until further notice."))
        .hasSignOff("BSS/NA/1105 hrs")
        .hasWordCount(21 + 21 + 3 + 19);
  }

  @Test
  void decodesWindows1252AndKeepsItsTypography() {
    ParsedStory story = story("telex-windows-1252.txt");

    assertThatStory(story)
        .hasCharset("windows-1252")
        .hasHeadline("Rice prices fall as “bumper” harvest reaches markets")
        .hasDateline("RAJSHAHI", LocalDate.of(2024, 11, 4), "RAJSHAHI, Nov. 4, 2024 (BSS)");
    assertThat(story.body()).hasSize(1);
    assertThat(story.body().get(0).text())
        .startsWith("Wholesale rice prices fell")
        .endsWith("traders said on Monday – the café owners’ association welcomed the drop.");
  }

  @Test
  void readsHeaderLinesNotSeparatedByBlankLinesAndZczcAfterThePreamble() {
    assertThatStory(story("telex-header-without-blank-lines.txt"))
        .hasStoryCode("BSS-40")
        .hasSlug("BRIDGE-OPENING")
        .hasHeadline("New river bridge opens to traffic")
        .hasDateline("SIRAJGANJ", null, "SIRAJGANJ, June 1 (BSS)")
        .hasBodyTexts(
            "A new four-lane bridge opened to traffic on Sunday, cutting the crossing time from"
                + " two hours to ten minutes.",
            "Officials said tolls would be waived for the first week.")
        .hasSignOff("BSS/SH/0900 hrs");
  }

  @Test
  void ignoresEverythingAfterTheEndMarkerWhenParsedAlone() {
    assertThatStory(story("telex-with-text-after-end-marker.txt"))
        .hasHeadline("Tea exports rise for second year")
        .hasDateline("SYLHET", null, "SYLHET (BSS)")
        .hasBody(
            ParsedBlock.paragraph(
                "Tea exports rose for a second year running, the tea board said on Thursday."))
        .hasSignOff("BSS/TB/1215 hrs");
  }

  @Test
  void storyWithoutDatelineKeepsItsFirstParagraphWhole() {
    ParsedStory story = story("telex-without-dateline.txt");

    assertThatStory(story).hasDateline(null).hasAgency(null).hasSource(null);
    assertThat(story.body().get(0).text())
        .isEqualTo(
            "The city’s metro rail will run until 11 pm from next month, the operator said on"
                + " Wednesday.");
  }

  @Test
  void telexWithoutBodyFails() {
    assertThat(parse(parseFixture("telex-without-body.txt")))
        .isEqualTo(ParseResult.failed("ZCZC telex message has no body"));
  }

  @Test
  void acceptsOnlyTextWithAZczcLineNearTheStart() {
    ZczcTelexParser telex = new ZczcTelexParser();

    assertThat(telex.accepts(new DecodedText("PREAMBLE\n\nZCZC\nBODY\n", "UTF-8"))).isTrue();
    assertThat(telex.accepts(new DecodedText("ZCZC BSS-01\nBODY\n", "UTF-8"))).isTrue();
    assertThat(telex.accepts(new DecodedText("The ZCZC code starts a telex.\n", "UTF-8")))
        .isFalse();
    assertThat(telex.accepts(new DecodedText("line\n".repeat(100) + "ZCZC\n", "UTF-8"))).isFalse();
  }

  @Test
  void aHeadlineWrappedOverTwoLinesIsOneHeadlineAndTheDatelineIsRead() {
    ParsedStory story = story("telex-headline-wrapped-over-two-lines-crlf.txt");

    assertThatStory(story)
        .hasHeadline("Night ferry service resumes on the Meghna after a month-long pause")
        .hasDatelinePlace("CHANDPUR")
        .hasDatelineDate(LocalDate.of(2025, 8, 9))
        .hasSignOff("BSS/FR/2215 hrs");
    assertThat(story.body().get(0).text()).startsWith("The night ferry across the Meghna");
    assertThat(story.body()).hasSize(2);
  }

  @Test
  void aHeaderWithoutBlankLinesKeepsAOneLineHeadline() {
    assertThatStory(story("telex-header-without-blank-lines.txt"))
        .hasHeadline("New river bridge opens to traffic")
        .hasDatelinePlace("SIRAJGANJ");
  }
}
