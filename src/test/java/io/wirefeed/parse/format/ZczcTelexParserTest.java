package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZczcTelexParserTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  private ParsedStory parse(String fixture) {
    return parsed(parser.parse(parseFixture(fixture)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"telex-lf-line-ends.txt", "telex-crlf-line-ends.txt", "telex-cr-line-ends.txt"})
  void readsTheSameStoryWhateverTheLineEnds(String fixture) {
    ParsedStory story = parse(fixture);

    assertThat(story.format()).isEqualTo(ParsedFormat.ZCZC);
    assertThat(story.storyCode()).isEqualTo("BSS-21");
    assertThat(story.slug()).isEqualTo("CYCLONE-WARNING");
    assertThat(story.headline()).isEqualTo("Cyclone nears coast as 300,000 move to shelters");
    assertThat(story.dateline())
        .isEqualTo(
            new ParsedDateline(
                "COX’S BAZAR", LocalDate.of(2025, 5, 12), "COX’S BAZAR, May 12, 2025 (BSS)"));
    assertThat(story.agency()).isEqualTo("BSS");
    assertThat(story.source()).isEqualTo("BSS");
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "Authorities raised the danger signal to ten on Monday as a severe cyclone"
                    + " churned towards the coast, the weather office said."),
            ParsedBlock.paragraph(
                "More than 300,000 people were moved to storm shelters overnight, district"
                    + " administrator Nasrin Akter-Haque told reporters in the town’s main"
                    + " square."),
            ParsedBlock.subhead("Fishing boats recalled"),
            ParsedBlock.paragraph(
                "All fishing trawlers have been told to return to harbour, and river ferry"
                    + " services were suspended until further notice."));
    assertThat(story.signOff()).isEqualTo("BSS/NA/1105 hrs");
    assertThat(story.wordCount()).isEqualTo(21 + 21 + 3 + 19);
  }

  @Test
  void decodesWindows1252AndKeepsItsTypography() {
    ParsedStory story = parse("telex-windows-1252.txt");

    assertThat(story.charset()).isEqualTo("windows-1252");
    assertThat(story.headline()).isEqualTo("Rice prices fall as “bumper” harvest reaches markets");
    assertThat(story.dateline())
        .isEqualTo(
            new ParsedDateline(
                "RAJSHAHI", LocalDate.of(2024, 11, 4), "RAJSHAHI, Nov. 4, 2024 (BSS)"));
    assertThat(story.body()).hasSize(1);
    assertThat(story.body().get(0).text())
        .startsWith("Wholesale rice prices fell")
        .endsWith("traders said on Monday – the café owners’ association welcomed the drop.");
  }

  @Test
  void readsHeaderLinesNotSeparatedByBlankLinesAndZczcAfterThePreamble() {
    ParsedStory story = parse("telex-header-without-blank-lines.txt");

    assertThat(story.storyCode()).isEqualTo("BSS-40");
    assertThat(story.slug()).isEqualTo("BRIDGE-OPENING");
    assertThat(story.headline()).isEqualTo("New river bridge opens to traffic");
    assertThat(story.dateline())
        .isEqualTo(new ParsedDateline("SIRAJGANJ", null, "SIRAJGANJ, June 1 (BSS)"));
    assertThat(story.body())
        .extracting(ParsedBlock::text)
        .containsExactly(
            "A new four-lane bridge opened to traffic on Sunday, cutting the crossing time from"
                + " two hours to ten minutes.",
            "Officials said tolls would be waived for the first week.");
    assertThat(story.signOff()).isEqualTo("BSS/SH/0900 hrs");
  }

  @Test
  void ignoresEverythingAfterTheEndMarkerWhenParsedAlone() {
    ParsedStory story = parse("telex-with-text-after-end-marker.txt");

    assertThat(story.headline()).isEqualTo("Tea exports rise for second year");
    assertThat(story.dateline()).isEqualTo(new ParsedDateline("SYLHET", null, "SYLHET (BSS)"));
    assertThat(story.body())
        .containsExactly(
            ParsedBlock.paragraph(
                "Tea exports rose for a second year running, the tea board said on Thursday."));
    assertThat(story.signOff()).isEqualTo("BSS/TB/1215 hrs");
  }

  @Test
  void storyWithoutDatelineKeepsItsFirstParagraphWhole() {
    ParsedStory story = parse("telex-without-dateline.txt");

    assertThat(story.dateline()).isNull();
    assertThat(story.agency()).isNull();
    assertThat(story.source()).isNull();
    assertThat(story.body().get(0).text())
        .isEqualTo(
            "The city’s metro rail will run until 11 pm from next month, the operator said on"
                + " Wednesday.");
  }

  @Test
  void telexWithoutBodyFails() {
    assertThat(parser.parse(parseFixture("telex-without-body.txt")))
        .isEqualTo(ParseResult.failed("ZCZC telex message has no body"));
  }

  @Test
  void acceptsOnlyTextWithAZczcLineNearTheStart() {
    ZczcTelexParser telex = new ZczcTelexParser();

    assertThat(telex.accepts(new DecodedText("PREAMBLE\n\nZCZC\nBODY\n", "UTF-8"))).isTrue();
    assertThat(telex.accepts(new DecodedText("ZCZC BSS-01\nBODY\n", "UTF-8"))).isTrue();
    assertThat(telex.accepts(new DecodedText("The ZCZC code starts a telex.\n", "UTF-8")))
        .isFalse();
    assertThat(telex.accepts(new DecodedText("line\n".repeat(100) + "ZCZC\n", "UTF-8"))).isFalse();
  }

  @Test
  void aHeadlineWrappedOverTwoLinesIsOneHeadlineAndTheDatelineIsRead() {
    ParsedStory story = parse("telex-headline-wrapped-over-two-lines-crlf.txt");

    assertThat(story.headline())
        .isEqualTo("Night ferry service resumes on the Meghna after a month-long pause");
    assertThat(story.dateline().place()).isEqualTo("CHANDPUR");
    assertThat(story.dateline().date()).isEqualTo(LocalDate.of(2025, 8, 9));
    assertThat(story.body().get(0).text()).startsWith("The night ferry across the Meghna");
    assertThat(story.body()).hasSize(2);
    assertThat(story.signOff()).isEqualTo("BSS/FR/2215 hrs");
  }

  @Test
  void aHeaderWithoutBlankLinesKeepsAOneLineHeadline() {
    ParsedStory story = parse("telex-header-without-blank-lines.txt");

    assertThat(story.headline()).isEqualTo("New river bridge opens to traffic");
    assertThat(story.dateline().place()).isEqualTo("SIRAJGANJ");
  }
}
