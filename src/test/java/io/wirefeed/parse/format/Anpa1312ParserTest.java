package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Anpa1312ParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void readsAWritethruWithItsHeaderNotesAndTypography() {
    ParsedStory story = parsed(parser.parse(parseFixture("anpa-writethru-with-eds-note.tst")));

    assertThat(story.format()).isEqualTo(ParsedFormat.ANPA_1312);
    assertThat(story.headline()).isEqualTo("Harbor bridge reopens after “months of repairs”");
    assertThat(story.slug()).isEqualTo("Harbor Bridge");
    assertThat(story.byline()).isEqualTo("By JANE EXAMPLE, Associated Press");
    assertThat(story.dateline().text()).isEqualTo("PORTVILLE, Maine (AP)");
    assertThat(story.agency()).isEqualTo("AP");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "The harbor bridge reopened to traffic on Friday after “six long months” of"
                    + " repairs, officials said."),
            ParsedBlock.paragraph(
                "Mayor Ann Sample said the work finished on time — a first for the town."));
    Editorial e = story.editorial();
    assertThat(e.storyNumber()).isEqualTo("W0417");
    assertThat(e.service()).isEqualTo("natl");
    assertThat(e.priority()).isEqualTo(5);
    assertThat(e.category()).isEqualTo("a");
    assertThat(e.version()).isEqualTo("2ndLd-Writethru");
    assertThat(e.declaredWordCount()).isEqualTo(112);
    assertThat(e.transmittedAt()).isEqualTo(Instant.parse("2025-03-14T17:32:00Z"));
    assertThat(e.notes())
        .containsExactly(
            new ParsedNote(
                ParsedNote.Kind.EDITORS_NOTE,
                "Eds: Updates with mayor's comments. Corrects spelling of engineer's name."));
    assertThat(e.status()).isEqualTo(ParsedStatus.CORRECTION);
    assertThat(e.storyKey()).isEqualTo("ap/harbor bridge/2025-03-14");
  }

  @Test
  void keepsAgateTablesWithTheirSpacing() {
    ParsedStory story = parsed(parser.parse(parseFixture("anpa-tabular-results.tst")));

    assertThat(story.body())
        .containsExactly(
            ParsedBlock.subhead("Coastal League Standings"),
            ParsedBlock.table("Team    W  L  Pts\nHarbor FC  7  1  21½\nCove United 5  3  15"));
    assertThat(story.byline()).isEqualTo("By The Associated Press");
  }

  @Test
  void agateHeadingsAfterTheBylineAreSubheadsAndScoreLinesOneTable() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("anpa-agate-division-headings-and-score-lines.tst")));

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
    ParsedStory story = parsed(parser.parse(parseFixture("anpa-news-alert-without-headline.tst")));

    assertThat(story.headline())
        .isEqualTo("Riverton council votes to close the old river ferry after 90 years.");
    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.URGENT);
    assertThat(story.editorial().priority()).isEqualTo(2);
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "Riverton council votes to close the old river ferry after 90 years."));
  }

  @Test
  void aMessageWithoutStxIsRejectedNamingTheFormat() {
    byte[] raw = "\u0016\u0016\u0001W1\u001fx\nr a BC-X 01-01\n\u0004".getBytes();

    assertThat(parser.parse(raw))
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

    ParsedStory story = parsed(parser.parse(raw));

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

    assertThat(parsed(parser.parse(raw)).headline()).isNull();
  }
}
