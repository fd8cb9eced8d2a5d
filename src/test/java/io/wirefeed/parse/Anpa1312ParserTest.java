package io.wirefeed.parse;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class Anpa1312ParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void readsAWritethruWithItsHeaderNotesAndTypography() {
    ParsedStory story = parsed(parser.parse(parseFixture("anpa-writethru-with-eds-note.tst")));

    assertThat(story.format()).isEqualTo(WireFormat.ANPA_1312);
    assertThat(story.headline()).isEqualTo("Harbor bridge reopens after “months of repairs”");
    assertThat(story.slug()).isEqualTo("Harbor Bridge");
    assertThat(story.byline()).isEqualTo("By JANE EXAMPLE, Associated Press");
    assertThat(story.dateline().text()).isEqualTo("PORTVILLE, Maine (AP)");
    assertThat(story.agency()).isEqualTo("AP");
    assertThat(story.body())
        .containsExactly(
            Block.paragraph(
                "The harbor bridge reopened to traffic on Friday after “six long months” of"
                    + " repairs, officials said."),
            Block.paragraph(
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
            new Note(
                Note.Kind.EDITORS_NOTE,
                "Eds: Updates with mayor's comments. Corrects spelling of engineer's name."));
    assertThat(e.status()).isEqualTo(StoryStatus.CORRECTION);
    assertThat(e.storyKey()).isEqualTo("ap/harbor bridge/2025-03-14");
  }

  @Test
  void keepsAgateTablesWithTheirSpacing() {
    ParsedStory story = parsed(parser.parse(parseFixture("anpa-tabular-results.tst")));

    assertThat(story.body())
        .containsExactly(
            Block.subhead("Coastal League Standings"),
            Block.table("Team    W  L  Pts\nHarbor FC  7  1  21½\nCove United 5  3  15"));
    assertThat(story.byline()).isEqualTo("By The Associated Press");
  }

  @Test
  void agateHeadingsAfterTheBylineAreSubheadsAndScoreLinesOneTable() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("anpa-agate-division-headings-and-score-lines.tst")));

    assertThat(story.byline()).isEqualTo("By The Associated Press");
    assertThat(story.body())
        .containsExactly(
            Block.subhead("Coastal League Glance"),
            Block.subhead("NORTH DIVISION"),
            Block.table("Team  W L\nHarbor FC 7 1"),
            Block.subhead("SOUTH DIVISION"),
            Block.table("Team  W L\nCove United 5 3"),
            Block.subhead("Saturday's Games"),
            Block.table("Harbor FC 2, Cove United 1\nBay Rovers 0, Point City 0"));
  }

  @Test
  void anAlertHasNoHeadlineAndIsUrgent() {
    ParsedStory story = parsed(parser.parse(parseFixture("anpa-news-alert-without-headline.tst")));

    assertThat(story.headline()).isNull();
    assertThat(story.editorial().status()).isEqualTo(StoryStatus.URGENT);
    assertThat(story.editorial().priority()).isEqualTo(2);
    assertThat(story.body())
        .containsExactly(
            Block.paragraph("Riverton council votes to close the old river ferry after 90 years."));
  }

  @Test
  void aMessageWithoutStxIsRejectedNamingTheFormat() {
    byte[] raw = "\u0016\u0016\u0001W1\u001fx\nr a BC-X 01-01\n\u0004".getBytes();

    assertThat(parser.parse(raw))
        .isEqualTo(ParseResult.failed("ANPA-1312 message has no STX: it carries no text"));
  }
}
