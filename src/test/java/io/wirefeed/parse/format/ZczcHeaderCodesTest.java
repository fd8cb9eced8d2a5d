package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

/** AAP's code lines after ZCZC, in each of the layouts its feeds use. */
class ZczcHeaderCodesTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void newsroomCodeLinesGiveCategorySlugHeadlineTakeKeyAndSubject() {
    ParsedStory story = parsed(parser.parse(parseFixture("telex-aap-newsroom-code-lines.txt")));

    assertThat(story.format()).isEqualTo(ParsedFormat.ZCZC);
    assertThat(story.slug()).isEqualTo("Harbour ferry_BC2");
    assertThat(story.headline()).isEqualTo("Ferry timetable stays for winter");
    assertThat(story.agency()).isEqualTo("AAP");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "The harbour ferries will keep their winter timetable until May."),
            ParsedBlock.paragraph(
                "Two of the four boats are still being repaired, the operator said."));
    Editorial e = story.editorial();
    assertThat(e.category()).isEqualTo("A");
    assertThat(e.version()).isEqualTo("(PORTVILLE)");
    assertThat(e.subjects()).containsExactly("04000000");
    assertThat(e.keywords()).containsExactly("NSW");
    assertThat(e.storyKey()).isEqualTo("aap/harbour ferry_bc2");
    assertThat(e.status()).isEqualTo(ParsedStatus.STANDARD);
  }

  @Test
  void classicCodeLinesWithTabularFormatKeepTheBodyAsSet() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("telex-aap-classic-code-lines-tabular.txt")));

    assertThat(story.slug()).isEqualTo("Rowing Results");
    assertThat(story.headline()).isEqualTo("ROWING:  Results from the harbour regatta");
    assertThat(story.editorial().category()).isEqualTo("T");
    assertThat(story.editorial().version()).isEqualTo("Harbour Regatta");
    assertThat(story.editorial().subjects()).containsExactly("15048000");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.table(
                "PORTVILLE, Mar 9 AAP - Results from the harbour regatta:\n"
                    + "\n"
                    + "  1.  North Shore        6:01.20\n"
                    + "  2.  Bay Club           6:04.87"));
  }

  @Test
  void medianetSelectorLineIsTheServiceAndTheLastColonLineTheHeadline() {
    ParsedStory story = parsed(parser.parse(parseFixture("telex-aap-medianet-selector-line.txt")));

    assertThat(story.headline()).isEqualTo("Example Statistics Office");
    assertThat(story.editorial().service()).isEqualTo("MNETALL MXX MGD");
    assertThat(story.editorial().category()).isEqualTo("J");
    assertThat(story.body().get(0).text())
        .isEqualTo("Media release: Ferry trips rose 3 per cent in the quarter");
  }

  @Test
  void pagemastersRaceDayBecomesPartOfTheHeadline() {
    ParsedStory story = parsed(parser.parse(parseFixture("telex-aap-pagemasters-race-day.txt")));

    assertThat(story.slug()).isEqualTo("Portville Trot");
    assertThat(story.headline()).isEqualTo("Portville Trot 14/03/2025");
    assertThat(story.body()).hasSize(1);
  }

  @Test
  void racingRoutingLineIsTheServiceAndTheLabelledNextLineTheHeadline() {
    ParsedStory story = parsed(parser.parse(parseFixture("telex-aap-racing-routing-line.txt")));

    assertThat(story.editorial().service()).isEqualTo("YY TDR");
    assertThat(story.headline()).isEqualTo("Portville Park FIELDS Thursday");
    assertThat(story.body().get(0).text()).startsWith("Weather: Fine");
  }

  @Test
  void taggedAnnouncementLinesGiveTitleAndKeywordsUpToTheTextTag() {
    ParsedStory story = parsed(parser.parse(parseFixture("telex-tagged-announcement-lines.txt")));

    assertThat(story.headline()).isEqualTo("Example Ltd lifts ferry revenue");
    assertThat(story.editorial().service()).isEqualTo("Example Bites");
    assertThat(story.editorial().keywords()).containsExactly("XMP.AX", "Comnews");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph("Example Ltd said ferry revenue rose 4 per cent in the half."));
  }
}
