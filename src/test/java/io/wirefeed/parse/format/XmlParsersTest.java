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

/** NITF and NewsML-G2, and the XML hardening both share. */
class XmlParsersTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void nitfEmbargoWithReleaseTimeNotesAndSubheads() {
    ParsedStory story = parsed(parser.parse(parseFixture("nitf-embargoed-with-release-time.xml")));

    assertThat(story.format()).isEqualTo(ParsedFormat.NITF);
    assertThat(story.headline()).isEqualTo("Budget plans published");
    assertThat(story.byline()).isEqualTo("By Sam Example, Political Reporter");
    assertThat(story.slug()).isEqualTo("XYZ-POLITICS-Budget");
    assertThat(story.charset()).isEqualTo("windows-1252");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "The finance ministry will publish its budget plans on Tuesday, café owners among"
                    + " those waiting."),
            ParsedBlock.subhead("Spending"),
            ParsedBlock.paragraph("Spending on roads is to rise."));
    Editorial e = story.editorial();
    assertThat(e.status()).isEqualTo(ParsedStatus.EMBARGO);
    assertThat(e.embargoUntil()).isEqualTo(Instant.parse("2025-03-11T00:01:00Z"));
    assertThat(e.transmittedAt()).isEqualTo(Instant.parse("2025-03-10T08:00:00Z"));
    assertThat(e.itemId()).isEqualTo("XYZ-POLITICS-Budget-7-1");
    assertThat(e.storyKey()).isEqualTo("XYZ-POLITICS-Budget");
    assertThat(e.priority()).isEqualTo(4);
    assertThat(e.language()).isEqualTo("en-GB");
    assertThat(e.notes())
        .extracting(ParsedNote::text)
        .containsExactly("Embargoed until 00:01 on Tuesday.");
  }

  @Test
  void honoursTheDeclaredEncoding() {
    ParsedStory story = parsed(parser.parse(parseFixture("nitf-latin1-declared.xml")));

    assertThat(story.body()).containsExactly(ParsedBlock.paragraph("Café reopens."));
  }

  @Test
  void anEntityBombIsRefusedWithoutExpandingOrReadingFiles() {
    ParseResult result = parser.parse(parseFixture("nitf-with-entity-bomb-rejected.xml"));

    assertThat(result)
        .isEqualTo(
            ParseResult.failed(
                "NITF: DOCTYPE with an internal subset refused: entity declarations are not"
                    + " accepted"));
  }

  @Test
  void anExternalDtdIsNeverFetchedAndACancelKeysTheItemItKills() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("nitf-with-external-dtd-reference-canceled.xml")));

    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.KILL);
    assertThat(story.editorial().storyKey()).isEqualTo("XYZ-2025-0041");
  }

  @Test
  void undeclaredEntitiesAndDeepNestingAreRefused() {
    byte[] entity = "<nitf><body><p>&nbsp;</p></body></nitf>".getBytes();
    byte[] deep = ("<nitf>" + "<block>".repeat(100) + "x").getBytes();

    assertThat(parser.parse(entity)).isInstanceOf(ParseResult.Failed.class);
    assertThat(((ParseResult.Failed) parser.parse(entity)).reason()).startsWith("NITF: ");
    assertThat(parser.parse(deep))
        .isEqualTo(ParseResult.failed("NITF: XML nested deeper than 64 elements"));
  }

  @Test
  void newsMlG2CorrectionWithNotesTablesAndGuid() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("newsmlg2-correction-with-nonpublic-note.xml")));

    assertThat(story.format()).isEqualTo(ParsedFormat.NEWSML_G2);
    assertThat(story.headline()).isEqualTo("Neuer Bürgermeister vereidigt");
    assertThat(story.slug()).isEqualTo("Kommunen-Bürgermeister");
    assertThat(story.byline()).isEqualTo("Von Erika Beispiel");
    assertThat(story.dateline().place()).isEqualTo("Kleinstadt");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.subhead("Neuer Bürgermeister vereidigt"),
            ParsedBlock.paragraph("Der neue Bürgermeister ist am Dienstag vereidigt worden."),
            ParsedBlock.table("Partei\tStimmen\nA\t512"));
    Editorial e = story.editorial();
    assertThat(e.status()).isEqualTo(ParsedStatus.CORRECTION);
    assertThat(e.itemId()).isEqualTo("urn:newsml:example.com:20250401:item-7");
    assertThat(e.storyKey()).isEqualTo(e.itemId());
    assertThat(e.version()).isEqualTo("3");
    assertThat(e.priority()).isEqualTo(3);
    assertThat(e.language()).isEqualTo("de");
    assertThat(e.service()).isEqualTo("svc:regional");
    assertThat(e.transmittedAt()).isEqualTo(Instant.parse("2025-04-01T07:30:00Z"));
    assertThat(e.subjects()).containsExactly("medtop:11000000");
    assertThat(e.keywords()).containsExactly("Kommunalpolitik");
    assertThat(e.notes())
        .extracting(ParsedNote::kind)
        .containsExactly(ParsedNote.Kind.CORRECTION, ParsedNote.Kind.NOT_FOR_PUBLICATION);
  }

  @Test
  void aCanceledItemWithAnEmptyBodyIsAKillNotAReject() {
    ParsedStory story = parsed(parser.parse(parseFixture("newsmlg2-canceled-item.xml")));

    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.KILL);
    assertThat(story.body()).isEmpty();
    assertThat(story.editorial().storyKey()).isEqualTo("tag:example.com,2025:item-9");
  }
}
