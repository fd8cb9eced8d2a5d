package io.wirefeed.parse;

import static io.wirefeed.parse.Fixtures.sampleFeed;
import static io.wirefeed.parse.Fixtures.sampleStory;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedMessagesTest {

  @Test
  void telexSeedReadsAsTheIssueSays() {
    ParsedStory story = sampleStory("01-003_be4688365d14eba1.txt");

    assertThatStory(story)
        .hasFormat(ParsedFormat.ZCZC)
        .hasSlug("RUSSIA-NKOREA-SUMMIT")
        .hasStoryCode("BFF-09")
        .hasHeadline("N.Korea’s Kim, Putin to hold first talks in Russia’s Far East")
        .hasAgency("BSS")
        .hasSource("AFP")
        .hasDateline("MOSCOW", LocalDate.of(2019, 4, 24), "MOSCOW, April 24, 2019 (BSS/AFP)")
        .hasSignOff("BSS/AFP/GMR/0826 hrs")
        .hasCharset("UTF-8")
        .hasByline(null);
    assertThat(story.body()).filteredOn(b -> b.kind() == ParsedBlock.Kind.PARAGRAPH).hasSize(28);
    assertThat(story.body())
        .filteredOn(b -> b.kind() == ParsedBlock.Kind.SUBHEAD)
        .containsExactly(ParsedBlock.subhead("Cold War ties"));
    assertThat(story.body().get(0).text()).startsWith("Kim Jong Un and Vladimir Putin will meet");
  }

  @Test
  void telexSeedUnwrapsLinesAndKeepsTypography() {
    ParsedStory story = sampleStory("01-003_be4688365d14eba1.txt");

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
    ParsedStory story = sampleStory("01-003_be4688365d14eba1.txt");

    int subhead = story.body().indexOf(ParsedBlock.subhead("Cold War ties"));
    assertThat(story.body().get(subhead - 1).text()).endsWith("one with Vietnam’s president.");
    assertThat(story.body().get(subhead + 1).text())
        .startsWith("Analysts say he is now looking for wider international support");
  }

  @Test
  void plainTextSeedIsOneParagraphPerLine() {
    ParsedStory story = sampleStory("02-000_e0efc4075075a759.txt");

    assertThat(story.format()).isEqualTo(ParsedFormat.PLAIN_TEXT);
    assertThat(story.body()).hasSize(10).allMatch(b -> b.kind() == ParsedBlock.Kind.PARAGRAPH);
    assertThat(story.body().get(0).text())
        .startsWith("Kim Jong Un and Vladimir Putin will meet in Russia's Far East");
    assertThat(story.body().get(9).text()).endsWith("the demise of the Soviet Union.");
    assertThatStory(story)
        .hasHeadline(null)
        .hasSlug(null)
        .hasStoryCode(null)
        .hasAgency(null)
        .hasSource(null)
        .hasDateline(null)
        .hasSignOff(null)
        .hasCharset("UTF-8");
  }

  @Test
  void wordCountCountsWhitespaceSeparatedBodyWords() {
    ParsedStory story = sampleStory("02-000_e0efc4075075a759.txt");

    String text = new String(sampleFeed("02-000_e0efc4075075a759.txt"), StandardCharsets.UTF_8);
    assertThat(story.wordCount()).isEqualTo(text.strip().split("\\s+").length);
  }
}
