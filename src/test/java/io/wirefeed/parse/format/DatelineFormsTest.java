package io.wirefeed.parse.format;

import static io.wirefeed.parse.Fixtures.story;
import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

/** Datelines in the forms agencies send, read from whole messages and taken out of the body. */
class DatelineFormsTest {

  @Test
  void apUnderscoreDatelineAfterAOneLineSummary() {
    assertThatStory(story("anpa-summary-line-before-underscore-dateline.tst"))
        .hasDatelinePlace("RIVERTON")
        .hasDatelineText("RIVERTON, Ore. (AP)")
        .hasAgency("AP")
        .hasBodyTexts(
            "Riverton council voted to keep the river ferry running for ten more years.",
            "The Riverton council voted on Wednesday to keep the river ferry running for ten"
                + " more years.",
            "The vote was 5-2.");
  }

  @Test
  void dpaDatelineAfterATeaserParagraph() {
    assertThatStory(story("iptc7901-teaser-before-dateline.txt"))
        .hasDatelinePlace("Glückstadt")
        .hasDatelineText("Glückstadt (dpa/lno)")
        .hasSource("lno")
        .hasBodyTexts(
            "Die Elbfähre ist zurück. Pendler sparen wieder eine Stunde.",
            "Die Fähre zwischen Glückstadt und Wischhafen fährt seit Montag wieder.",
            "Der Betreiber hatte den Betrieb im Winter eingestellt.");
  }

  @Test
  void aSecondParagraphWithoutACreditKeepsItsText() {
    byte[] raw =
        ("\u0001bdt0203 4 vm 40  dpa 0203\n\nWirtschaft/\n\u0002Zahlen =\n\n"
                + "   Die Zahlen sind da.\n\n   Hamburg - eine Stadt im Norden, schrieb er.\n\n"
                + "\u0003041210 Apr 25\n\u0004")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    ParsedStory story = story(raw);

    assertThat(story.dateline()).isNull();
    assertThat(story.body().get(1).text()).startsWith("Hamburg - eine Stadt");
  }

  @Test
  void nitfDatelineElementRepeatedInTheFirstParagraphIsTakenOut() {
    ParsedStory story = story("nitf-dateline-element-repeated-in-first-paragraph.xml");

    assertThat(story.dateline().place()).isEqualTo("RIVERTON");
    assertThat(story.body().get(0).text())
        .isEqualTo(
            "The town library reopened on Saturday, a year after the river flooded its ground"
                + " floor.");
    assertThat(story.agency()).isEqualTo("Example News");
    assertThat(story.source()).isEqualTo("XN");
  }
}
