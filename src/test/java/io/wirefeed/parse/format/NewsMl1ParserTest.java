package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMl1ParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void aNewsItemWithAnEmbeddedNitfBodyIsReadFromItsNewsLinesAndManagement() {
    List<MessageResult> results =
        parser.parseAll(parseFixture("newsml1-with-embedded-nitf-body.xml"));

    assertThat(results).hasSize(1);
    assertThat(results.get(0).format()).isEqualTo(ParsedFormat.NEWSML_1);
    ParsedStory story = parsed(results.get(0).result());
    assertThat(story.format()).isEqualTo(ParsedFormat.NEWSML_1);
    assertThat(story.headline()).isEqualTo("Harbour ferries keep winter timetable");
    assertThat(story.byline()).isEqualTo("By Jo Example");
    assertThat(story.slug()).isEqualTo("Transport-ferry");
    assertThat(story.agency()).isEqualTo("XMP");
    assertThat(story.dateline().place()).isEqualTo("PORTVILLE");
    assertThat(story.dateline().date()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "The harbour ferries will keep their winter timetable until May, the operator"
                    + " said on Wednesday."),
            ParsedBlock.subhead("Repairs"),
            ParsedBlock.paragraph("Two of the four boats are still being repaired."));
    assertThat(story.signOff()).isEqualTo("ab/cd");
    Editorial e = story.editorial();
    assertThat(e.itemId()).isEqualTo("urn:newsml:example.com:20250312T091200Z:TX-XMP-0042:2");
    assertThat(e.storyKey()).isEqualTo("urn:newsml:example.com:20250312T091200Z:TX-XMP-0042");
    assertThat(e.version()).isEqualTo("2");
    assertThat(e.status()).isEqualTo(ParsedStatus.UPDATE);
    assertThat(e.priority()).isEqualTo(3);
    assertThat(e.language()).isEqualTo("en");
    assertThat(e.category()).isEqualTo("general");
    assertThat(e.transmittedAt()).isEqualTo(Instant.parse("2025-03-12T09:12:00Z"));
    assertThat(e.subjects()).containsExactly("04000000", "04015001");
    assertThat(e.keywords()).containsExactly("transport", "ferries");
  }

  @Test
  void aCanceledItemWithPlainDataContentIsAKillKeyedByProviderAndItemId() {
    ParsedStory story =
        parsed(parser.parse(parseFixture("newsml1-canceled-with-plain-data-content.xml")));

    assertThat(story.headline()).isNull();
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph("Story withdrawn."),
            ParsedBlock.paragraph("Please do not use it."));
    assertThat(story.editorial().status()).isEqualTo(ParsedStatus.KILL);
    assertThat(story.editorial().priority()).isEqualTo(2);
    assertThat(story.editorial().storyKey()).isEqualTo("example.com:TX-XMP-0050");
    assertThat(story.editorial().itemId()).isEqualTo("TX-XMP-0050");
  }

  @Test
  void aNewsMlDocumentWithoutANewsItemIsRejectedWithAReason() {
    ParseResult result =
        parser.parse("<NewsML Version=\"1.2\"><NewsEnvelope/></NewsML>".getBytes());

    assertThat(result).isInstanceOf(ParseResult.Failed.class);
    assertThat(result.toString()).contains("no NewsItem");
  }
}
