package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parse;
import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

/** NITF and NewsML-G2, and the XML hardening both share. */
class XmlParsersTest {

  @Test
  void nitfEmbargoWithReleaseTimeNotesAndSubheads() {
    ParsedStory story = story("nitf-embargoed-with-release-time.xml");

    assertThatStory(story)
        .hasFormat(ParsedFormat.NITF)
        .hasHeadline("Budget plans published")
        .hasByline("By Sam Example, Political Reporter")
        .hasSlug("XYZ-POLITICS-Budget")
        .hasCharset("windows-1252")
        .hasBody(
            ParsedBlock.paragraph(
                "The finance ministry will publish its budget plans on Tuesday, café owners among"
                    + " those waiting."),
            ParsedBlock.subhead("Spending"),
            ParsedBlock.paragraph("Spending on roads is to rise."))
        .hasStatus(ParsedStatus.EMBARGO)
        .isEmbargoedUntil("2025-03-11T00:01:00Z")
        .wasTransmittedAt("2025-03-10T08:00:00Z")
        .hasItemId("XYZ-POLITICS-Budget-7-1")
        .hasStoryKey("XYZ-POLITICS-Budget")
        .hasPriority(4)
        .hasLanguage("en-GB");
    assertThat(story.editorial().notes())
        .extracting(ParsedNote::text)
        .containsExactly("Embargoed until 00:01 on Tuesday.");
  }

  @Test
  void honoursTheDeclaredEncoding() {
    ParsedStory story = story("nitf-latin1-declared.xml");

    assertThat(story.body()).containsExactly(ParsedBlock.paragraph("Café reopens."));
  }

  @Test
  void anEntityBombIsRefusedWithoutExpandingOrReadingFiles() {
    ParseResult result = parse(parseFixture("nitf-with-entity-bomb-rejected.xml"));

    assertThat(result)
        .isEqualTo(
            ParseResult.failed(
                "NITF: DOCTYPE with an internal subset refused: entity declarations are not"
                    + " accepted"));
  }

  @Test
  void anExternalDtdIsNeverFetchedAndACancelKeysTheItemItKills() {
    ParsedStory story = story("nitf-with-external-dtd-reference-canceled.xml");

    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.KILL);
    assertThat(story.editorial().storyKey()).isEqualTo("XYZ-2025-0041");
  }

  @Test
  void undeclaredEntitiesAndDeepNestingAreRefused() {
    byte[] entity = "<nitf><body><p>&nbsp;</p></body></nitf>".getBytes();
    byte[] deep = ("<nitf>" + "<block>".repeat(100) + "x").getBytes();

    assertThat(parse(entity)).isInstanceOf(ParseResult.Failed.class);
    assertThat(((ParseResult.Failed) parse(entity)).reason()).startsWith("NITF: ");
    assertThat(parse(deep))
        .isEqualTo(ParseResult.failed("NITF: XML nested deeper than 64 elements"));
  }

  @Test
  void newsMlG2CorrectionWithNotesTablesAndGuid() {
    ParsedStory story = story("newsmlg2-correction-with-nonpublic-note.xml");

    assertThatStory(story)
        .hasFormat(ParsedFormat.NEWSML_G2)
        .hasHeadline("Neuer Bürgermeister vereidigt")
        .hasSlug("Kommunen-Bürgermeister")
        .hasByline("Von Erika Beispiel")
        .hasDatelinePlace("Kleinstadt")
        .hasBody(
            ParsedBlock.subhead("Neuer Bürgermeister vereidigt"),
            ParsedBlock.paragraph("Der neue Bürgermeister ist am Dienstag vereidigt worden."),
            ParsedBlock.table("Partei\tStimmen\nA\t512"))
        .hasStatus(ParsedStatus.CORRECTION)
        .hasItemId("urn:newsml:example.com:20250401:item-7")
        .hasVersion("3")
        .hasPriority(3)
        .hasLanguage("de")
        .hasService("svc:regional")
        .wasTransmittedAt("2025-04-01T07:30:00Z")
        .hasSubjects("medtop:11000000")
        .hasKeywords("Kommunalpolitik")
        .hasNoteKinds(ParsedNote.Kind.CORRECTION, ParsedNote.Kind.NOT_FOR_PUBLICATION);
    assertThat(story.editorial().storyKey()).isEqualTo(story.editorial().itemId());
  }

  @Test
  void aCanceledItemWithAnEmptyBodyIsAKillNotAReject() {
    ParsedStory story = story("newsmlg2-canceled-item.xml");

    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.KILL);
    assertThat(story.body()).isEmpty();
    assertThat(story.editorial().storyKey()).isEqualTo("tag:example.com,2025:item-9");
  }
}
