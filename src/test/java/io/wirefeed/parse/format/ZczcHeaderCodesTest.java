package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

/** AAP's code lines after ZCZC, in each of the layouts its feeds use. */
class ZczcHeaderCodesTest {

  @Test
  void newsroomCodeLinesGiveCategorySlugHeadlineTakeKeyAndSubject() {
    ParsedStory story = story("telex-aap-newsroom-code-lines.txt");

    assertThatStory(story)
        .hasFormat(ParsedFormat.ZCZC)
        .hasSlug("Harbour ferry_BC2")
        .hasHeadline("Ferry timetable stays for winter")
        .hasAgency("AAP")
        .hasBody(
            ParsedBlock.paragraph(
                "The harbour ferries will keep their winter timetable until May."),
            ParsedBlock.paragraph(
                "Two of the four boats are still being repaired, the operator said."))
        .hasCategory("A")
        .hasVersion("(PORTVILLE)")
        .hasSubjects("04000000")
        .hasKeywords("NSW")
        .hasStoryKey("aap/harbour ferry_bc2")
        .hasStatus(ParsedStatus.STANDARD);
  }

  @Test
  void classicCodeLinesWithTabularFormatKeepTheBodyAsSet() {
    ParsedStory story = story("telex-aap-classic-code-lines-tabular.txt");

    assertThatStory(story)
        .hasSlug("Rowing Results")
        .hasHeadline("ROWING:  Results from the harbour regatta")
        .hasBody(
            ParsedBlock.table(
                "PORTVILLE, Mar 9 AAP - Results from the harbour regatta:\n"
                    + "\n"
                    + "  1.  North Shore        6:01.20\n"
                    + "  2.  Bay Club           6:04.87"))
        .hasCategory("T")
        .hasVersion("Harbour Regatta")
        .hasSubjects("15048000");
  }

  @Test
  void medianetSelectorLineIsTheServiceAndTheLastColonLineTheHeadline() {
    ParsedStory story = story("telex-aap-medianet-selector-line.txt");

    assertThat(story.headline()).isEqualTo("Example Statistics Office");
    assertThat(story.editorial().service()).isEqualTo("MNETALL MXX MGD");
    assertThat(story.editorial().category()).isEqualTo("J");
    assertThat(story.body().get(0).text())
        .isEqualTo("Media release: Ferry trips rose 3 per cent in the quarter");
  }

  @Test
  void pagemastersRaceDayBecomesPartOfTheHeadline() {
    ParsedStory story = story("telex-aap-pagemasters-race-day.txt");

    assertThat(story.slug()).isEqualTo("Portville Trot");
    assertThat(story.headline()).isEqualTo("Portville Trot 14/03/2025");
    assertThat(story.body()).hasSize(1);
  }

  @Test
  void racingRoutingLineIsTheServiceAndTheLabelledNextLineTheHeadline() {
    ParsedStory story = story("telex-aap-racing-routing-line.txt");

    assertThat(story.editorial().service()).isEqualTo("YY TDR");
    assertThat(story.headline()).isEqualTo("Portville Park FIELDS Thursday");
    assertThat(story.body().get(0).text()).startsWith("Weather: Fine");
  }

  @Test
  void taggedAnnouncementLinesGiveTitleAndKeywordsUpToTheTextTag() {
    ParsedStory story = story("telex-tagged-announcement-lines.txt");

    assertThat(story.headline()).isEqualTo("Example Ltd lifts ferry revenue");
    assertThat(story.editorial().service()).isEqualTo("Example Bites");
    assertThat(story.editorial().keywords()).containsExactly("XMP.AX", "Comnews");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph("Example Ltd said ferry revenue rose 4 per cent in the half."));
  }
}
