package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

/**
 * Sign-offs that follow the body and NewsML-G2 XHTML headers: fields an editor reads, which must
 * not land in notes or in the body.
 */
class ClosingLinesAndHeadersTest {

  @Test
  void iptc7901ClosingLineOfARegionalServiceAfterPrivateNotesIsTheSignOff() {
    ParsedStory story = story("iptc7901-regional-closing-line-after-private-notes.txt");

    assertThat(story.signOff()).isEqualTo("dpa xy yyno n1 ab");
    assertThat(story.editorial().notes())
        .extracting(ParsedNote::kind)
        .containsExactly(ParsedNote.Kind.EDITORS_NOTE, ParsedNote.Kind.NOT_FOR_PUBLICATION);
    assertThat(story.editorial().notes()).noneSatisfy(n -> assertThat(n.text()).contains("yyno"));
    assertThat(story.body()).hasSize(2);
  }

  @Test
  void newsMlG2ClosingLineIsTheSignOffNotANote() {
    ParsedStory story = story("newsmlg2-xhtml-header-and-closing-line.xml");

    assertThat(story.signOff()).isEqualTo("dpa xy yyno n1 ab");
    assertThat(story.editorial().notes())
        .containsExactly(
            new ParsedNote(ParsedNote.Kind.NOT_FOR_PUBLICATION, "Rückfragen: Regionaldesk Nord"));
  }

  @Test
  void newsMlG2XhtmlHeaderGivesFieldsNotBody() {
    ParsedStory story = story("newsmlg2-xhtml-header-and-closing-line.xml");

    assertThatStory(story)
        .hasHeadline("Deich bei Husum wird erhöht")
        .hasByline("Von Erika Beispiel, dpa")
        .hasDatelineText("Husum (dpa) -")
        .hasAgency("dpa")
        .hasBody(
            ParsedBlock.paragraph("Der Deich vor Husum wird bis zum Herbst um einen Meter erhöht."),
            ParsedBlock.paragraph("Die Arbeiten beginnen im Juni."),
            ParsedBlock.subhead("Kosten"),
            ParsedBlock.paragraph("Das Land zahlt zwölf Millionen Euro."))
        .hasKicker("Küstenschutz")
        .hasKeywords("Deich")
        .hasSubjects("medtop:20000001", "example:nord");
  }

  @Test
  void newsMlG2CreatorWithAPersonsNameIsTheBylineWhenTheContentHasNone() {
    ParsedStory story = story("newsmlg2-creator-name-without-byline.xml");

    assertThat(story.byline()).isEqualTo("Erin Jones");
  }

  @Test
  void newsMlG2ByWinsOverCreator() {
    ParsedStory story = story("newsmlg2-correction-with-nonpublic-note.xml");

    assertThat(story.byline()).isEqualTo("Von Erika Beispiel");
  }
}
