package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parse;
import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

class Anpa1312ParserTest {

  @Test
  void readsAWritethruWithItsHeaderNotesAndTypography() {
    ParsedStory story = story("anpa-writethru-with-eds-note.tst");

    assertThatStory(story)
        .hasFormat(ParsedFormat.ANPA_1312)
        .hasHeadline("Harbor bridge reopens after “months of repairs”")
        .hasSlug("Harbor Bridge")
        .hasByline("By JANE EXAMPLE, Associated Press")
        .hasDatelineText("PORTVILLE, Maine (AP)")
        .hasAgency("AP")
        .hasBody(
            ParsedBlock.paragraph(
                "The harbor bridge reopened to traffic on Friday after “six long months” of"
                    + " repairs, officials said."),
            ParsedBlock.paragraph(
                "Mayor Ann Sample said the work finished on time — a first for the town."))
        .hasStoryNumber("W0417")
        .hasService("natl")
        .hasPriority(5)
        .hasCategory("a")
        .hasVersion("2ndLd-Writethru")
        .hasDeclaredWordCount(112)
        .wasTransmittedAt("2025-03-14T17:32:00Z")
        .hasNotes(
            new ParsedNote(
                ParsedNote.Kind.EDITORS_NOTE,
                "Eds: Updates with mayor's comments. Corrects spelling of engineer's name."))
        .hasStatus(ParsedStatus.CORRECTION)
        .hasStoryKey("ap/harbor bridge/2025-03-14");
  }

  @Test
  void keepsAgateTablesWithTheirSpacing() {
    ParsedStory story = story("anpa-tabular-results.tst");

    assertThat(story.body())
        .containsExactly(
            ParsedBlock.subhead("Coastal League Standings"),
            ParsedBlock.table("Team    W  L  Pts\nHarbor FC  7  1  21½\nCove United 5  3  15"));
    assertThat(story.byline()).isEqualTo("By The Associated Press");
  }

  @Test
  void agateHeadingsAfterTheBylineAreSubheadsAndScoreLinesOneTable() {
    ParsedStory story = story("anpa-agate-division-headings-and-score-lines.tst");

    assertThat(story.byline()).isEqualTo("By The Associated Press");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.subhead("Coastal League Glance"),
            ParsedBlock.subhead("NORTH DIVISION"),
            ParsedBlock.table("Team  W L\nHarbor FC 7 1"),
            ParsedBlock.subhead("SOUTH DIVISION"),
            ParsedBlock.table("Team  W L\nCove United 5 3"),
            ParsedBlock.subhead("Saturday's Games"),
            ParsedBlock.table("Harbor FC 2, Cove United 1\nBay Rovers 0, Point City 0"));
  }

  @Test
  void anAlertsHeadlineIsItsFirstSentenceAndItIsUrgent() {
    ParsedStory story = story("anpa-news-alert-without-headline.tst");

    assertThatStory(story)
        .hasHeadline("Riverton council votes to close the old river ferry after 90 years.")
        .hasBody(
            ParsedBlock.paragraph(
                "Riverton council votes to close the old river ferry after 90 years."));
    assertThatStory(story).hasStatus(ParsedStatus.URGENT).hasPriority(2);
  }

  @Test
  void aMessageWithoutStxIsRejectedNamingTheFormat() {
    byte[] raw = "\u0016\u0016\u0001W1\u001fx\nr a BC-X 01-01\n\u0004".getBytes();

    assertThat(parse(raw))
        .isEqualTo(ParseResult.failed("ANPA-1312 message has no STX: it carries no text"));
  }

  @Test
  void anAlertOfSeveralSentencesIsHeadlinedByTheFirst() {
    byte[] raw =
        ("\u0016\u0016\u0001W0901\u001fnatl-\nb a\u0013\u0011 BC-US--APNewsAlert     06-01 0030\n"
                + "\u0002\u0002BC-US--APNewsAlert,30<\n"
                + "\t   RIVERTON, Ohio (AP) _ The U.S. Coast Guard closes Riverton harbor after a"
                + " spill. Ferries are halted.\n"
                + "\t   \u0003AP-WF-06-01-25 0950GMT<\n\u0004")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    ParsedStory story = story(raw);

    assertThat(story.headline())
        .isEqualTo("The U.S. Coast Guard closes Riverton harbor after a spill.");
    assertThat(story.dateline().place()).isEqualTo("RIVERTON");
  }

  @Test
  void aStoryOfSeveralParagraphsWithoutAHeadlineLineIsNoAlert() {
    byte[] raw =
        ("\u0016\u0016\u0001W0902\u001fnatl-\nr a\u0013\u0011 BC-US--Harbor-Notes     06-01 0030\n"
                + "\u0002\u0002BC-US--Harbor Notes,30<\n"
                + "\t   Harbor fees rise in June. Ferries run as before.\n"
                + "\t   The port opens a new pier in July.\n"
                + "\t   \u0003AP-WF-06-01-25 0950GMT<\n\u0004")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThat(story(raw).headline()).isNull();
  }
}
