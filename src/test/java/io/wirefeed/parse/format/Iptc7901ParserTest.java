package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

class Iptc7901ParserTest {

  @Test
  void readsAnUrgentWithBellsNotebookAndGermanTrailerMonth() {
    ParsedStory story = story("iptc7901-urgent-with-bells-and-notebook.txt");

    assertThatStory(story)
        .hasFormat(ParsedFormat.IPTC_7901)
        .hasHeadline("Sturm legt Bahnverkehr im Norden lahm")
        .hasSlug("Wetter/Unwetter/Deutschland")
        .hasAgency("dpa")
        .hasDatelinePlace("Hamburg")
        .hasBody(
            ParsedBlock.paragraph(
                "Ein Sturm hat am Montag den Bahnverkehr in Norddeutschland weitgehend lahmgelegt."))
        .hasSignOff("dpa xy yyzz n1 ab")
        .hasStatus(ParsedStatus.URGENT)
        .hasPriority(2)
        .hasService("bdt")
        .hasStoryNumber("0101")
        .hasCategory("pl")
        .hasDeclaredWordCount(38)
        .wasTransmittedAt("2025-03-03T12:07:00Z")
        .hasNoteKinds(ParsedNote.Kind.EDITORS_NOTE, ParsedNote.Kind.NOT_FOR_PUBLICATION);
    assertThat(story.editorial().notes().get(1).text()).contains("Redaktion: Nord");
  }

  @Test
  void killKillKillMakesAKill() {
    ParsedStory story = story("iptc7901-kill-kill-kill.txt");

    assertThatStory(story)
        .hasHeadline("Storm story withdrawn")
        .hasCharset("UTF-8")
        .hasStatus(ParsedStatus.KILL)
        .wasTransmittedAt("2025-03-03T12:45:00Z");
  }

  @Test
  void readsTheVariantWhoseRelayStrippedTheControlBytes() {
    ParsedStory story = story("iptc7901-control-bytes-stripped.txt");

    assertThatStory(story)
        .hasFormat(ParsedFormat.IPTC_7901)
        .hasSlug("science/space")
        .hasHeadline("Probe sends first pictures from the comet")
        .hasByline("By Max Example, dpa")
        .hasSignOff("dpa me ab")
        .hasVersion("1ST LEAD")
        .hasStatus(ParsedStatus.UPDATE)
        .wasTransmittedAt("2025-06-11T15:30:00Z");
    assertThat(story.body()).hasSize(2);
  }

  @Test
  void keepsPipeFramedTablesAsSent() {
    ParsedStory story = story("iptc7901-pipe-framed-table.txt");

    assertThat(story.body())
        .contains(
            ParsedBlock.table(
                "| 1. | Nordstadt   | 10 | 24 |\n| 2. | Südhafen    | 10 | 21 |\n"
                    + "| 3. | Westufer    | 10 | 17 |"));
  }

  @Test
  void aCorrectionNoteOverSeveralLinesBeforeTheHeadlineIsACorrectionNote() {
    ParsedStory story = story("iptc7901-correction-note-before-headline.txt");

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
