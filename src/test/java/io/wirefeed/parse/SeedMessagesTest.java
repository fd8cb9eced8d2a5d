package io.wirefeed.parse;

import static io.wirefeed.parse.Fixtures.parsed;
import static io.wirefeed.parse.Fixtures.sampleFeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedMessagesTest {

  private final WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);

  @Test
  void telexSeedReadsAsTheIssueSays() {
    ParsedStory story = parsed(parser.parse(sampleFeed("01-003_be4688365d14eba1.txt")));

    assertThat(story.format()).isEqualTo(ParsedFormat.ZCZC);
    assertThat(story.slug()).isEqualTo("RUSSIA-NKOREA-SUMMIT");
    assertThat(story.storyCode()).isEqualTo("BFF-09");
    assertThat(story.headline())
        .isEqualTo("N.Korea’s Kim, Putin to hold first talks in Russia’s Far East");
    assertThat(story.agency()).isEqualTo("BSS");
    assertThat(story.source()).isEqualTo("AFP");
    assertThat(story.dateline())
        .isEqualTo(
            new ParsedDateline(
                "MOSCOW", LocalDate.of(2019, 4, 24), "MOSCOW, April 24, 2019 (BSS/AFP)"));
    assertThat(story.body()).filteredOn(b -> b.kind() == ParsedBlock.Kind.PARAGRAPH).hasSize(28);
    assertThat(story.body())
        .filteredOn(b -> b.kind() == ParsedBlock.Kind.SUBHEAD)
        .containsExactly(ParsedBlock.subhead("Cold War ties"));
    assertThat(story.body().get(0).text()).startsWith("Kim Jong Un and Vladimir Putin will meet");
    assertThat(story.signOff()).isEqualTo("BSS/AFP/GMR/0826 hrs");
    assertThat(story.charset()).isEqualTo("UTF-8");
    assertThat(story.byline()).isNull();
  }

  @Test
  void telexSeedUnwrapsLinesAndKeepsTypography() {
    ParsedStory story = parsed(parser.parse(sampleFeed("01-003_be4688365d14eba1.txt")));

    assertThat(story.body().get(0).text())
        .isEqualTo(
            "Kim Jong Un and Vladimir Putin will meet in Russia’s Far East on Thursday, the"
                + " Kremlin said, as the North Korean leader looks to rebuild ties with an old"
                + " ally amid a standoff with the United States.");
    assertThat(story.body())
        .anySatisfy(b -> assertThat(b.text()).contains("three with the South’s Moon Jae-in, two"));
    assertThat(story.body())
        .anySatisfy(b -> assertThat(b.text()).startsWith("“The focus will be on a political"));
    assertThat(story.body()).noneSatisfy(b -> assertThat(b.text()).contains("\n"));
    assertThat(story.body().get(story.body().size() - 1).text())
        .endsWith("play off its allies against each other.”");
  }

  @Test
  void telexSeedSubheadSitsBetweenItsParagraphs() {
    ParsedStory story = parsed(parser.parse(sampleFeed("01-003_be4688365d14eba1.txt")));

    int subhead = story.body().indexOf(ParsedBlock.subhead("Cold War ties"));
    assertThat(story.body().get(subhead - 1).text()).endsWith("one with Vietnam’s president.");
    assertThat(story.body().get(subhead + 1).text())
        .startsWith("Analysts say he is now looking for wider international support");
  }

  @Test
  void plainTextSeedIsOneParagraphPerLine() {
    ParsedStory story = parsed(parser.parse(sampleFeed("02-000_e0efc4075075a759.txt")));

    assertThat(story.format()).isEqualTo(ParsedFormat.PLAIN_TEXT);
    assertThat(story.body()).hasSize(10).allMatch(b -> b.kind() == ParsedBlock.Kind.PARAGRAPH);
    assertThat(story.body().get(0).text())
        .startsWith("Kim Jong Un and Vladimir Putin will meet in Russia's Far East");
    assertThat(story.body().get(9).text()).endsWith("the demise of the Soviet Union.");
    assertThat(story.headline()).isNull();
    assertThat(story.slug()).isNull();
    assertThat(story.storyCode()).isNull();
    assertThat(story.agency()).isNull();
    assertThat(story.source()).isNull();
    assertThat(story.dateline()).isNull();
    assertThat(story.signOff()).isNull();
    assertThat(story.charset()).isEqualTo("UTF-8");
  }

  @Test
  void wordCountCountsWhitespaceSeparatedBodyWords() {
    byte[] raw = sampleFeed("02-000_e0efc4075075a759.txt");
    ParsedStory story = parsed(parser.parse(raw));

    String text = new String(raw, StandardCharsets.UTF_8);
    assertThat(story.wordCount()).isEqualTo(text.strip().split("\\s+").length);
  }
}
