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

class Iptc7901ParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void readsAnUrgentWithBellsNotebookAndGermanTrailerMonth() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("iptc7901-urgent-with-bells-and-notebook.txt")));

    assertThat(story.format()).isEqualTo(ParsedFormat.IPTC_7901);
    assertThat(story.headline()).isEqualTo("Sturm legt Bahnverkehr im Norden lahm");
    assertThat(story.slug()).isEqualTo("Wetter/Unwetter/Deutschland");
    assertThat(story.agency()).isEqualTo("dpa");
    assertThat(story.dateline().place()).isEqualTo("Hamburg");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "Ein Sturm hat am Montag den Bahnverkehr in Norddeutschland weitgehend lahmgelegt."));
    assertThat(story.signOff()).isEqualTo("dpa xy yyzz n1 ab");
    Editorial e = story.editorial();
    assertThat(e.status()).isEqualTo(ParsedStatus.URGENT);
    assertThat(e.priority()).isEqualTo(2);
    assertThat(e.service()).isEqualTo("bdt");
    assertThat(e.storyNumber()).isEqualTo("0101");
    assertThat(e.category()).isEqualTo("pl");
    assertThat(e.declaredWordCount()).isEqualTo(38);
    assertThat(e.transmittedAt()).isEqualTo(Instant.parse("2025-03-03T12:07:00Z"));
    assertThat(e.notes())
        .extracting(ParsedNote::kind)
        .containsExactly(ParsedNote.Kind.EDITORS_NOTE, ParsedNote.Kind.NOT_FOR_PUBLICATION);
    assertThat(e.notes().get(1).text()).contains("Redaktion: Nord");
  }

  @Test
  void killKillKillMakesAKill() {
    ParsedStory story = parsed(parser.parse(parseFixture("iptc7901-kill-kill-kill.txt")));

    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.KILL);
    assertThat(story.headline()).isEqualTo("Storm story withdrawn");
    assertThat(story.charset()).isEqualTo("UTF-8");
    assertThat(story.editorial().transmittedAt()).isEqualTo(Instant.parse("2025-03-03T12:45:00Z"));
  }

  @Test
  void readsTheVariantWhoseRelayStrippedTheControlBytes() {
    ParsedStory story = parsed(parser.parse(parseFixture("iptc7901-control-bytes-stripped.txt")));

    assertThat(story.format()).isEqualTo(ParsedFormat.IPTC_7901);
    assertThat(story.slug()).isEqualTo("science/space");
    assertThat(story.headline()).isEqualTo("Probe sends first pictures from the comet");
    assertThat(story.byline()).isEqualTo("By Max Example, dpa");
    assertThat(story.editorial().version()).isEqualTo("1ST LEAD");
    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.UPDATE);
    assertThat(story.editorial().transmittedAt()).isEqualTo(Instant.parse("2025-06-11T15:30:00Z"));
    assertThat(story.signOff()).isEqualTo("dpa me ab");
    assertThat(story.body()).hasSize(2);
  }

  @Test
  void keepsPipeFramedTablesAsSent() {
    ParsedStory story = parsed(parser.parse(parseFixture("iptc7901-pipe-framed-table.txt")));

    assertThat(story.body())
        .contains(
            ParsedBlock.table(
                "| 1. | Nordstadt   | 10 | 24 |\n| 2. | Südhafen    | 10 | 21 |\n"
                    + "| 3. | Westufer    | 10 | 17 |"));
  }

  @Test
  void aCorrectionNoteOverSeveralLinesBeforeTheHeadlineIsACorrectionNote() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("iptc7901-correction-note-before-headline.txt")));

    assertThat(story.headline()).isEqualTo("Tiefster See der Region wird vermessen");
    assertThat(story.byline()).isEqualTo("Von Erika Beispiel, dpa");
    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.CORRECTION);
    assertThat(story.editorial().notes())
        .contains(
            new ParsedNote(
                ParsedNote.Kind.CORRECTION,
                "Berichtigung: In einer früheren Version hieß es, der See sei 35 Meter tief."
                    + " Richtig sind 53 Meter."));
    assertThat(story.editorial().keywords()).contains("KORR-Bericht");
    assertThat(story.signOff()).isEqualTo("dpa xy yyzz a3 ab");
  }
}
