package io.wirefeed.parse.xml;

import static io.wirefeed.parse.Fixtures.parseFixture;
import static io.wirefeed.parse.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.story.ParsedStory;
import org.junit.jupiter.api.Test;

/** Text joined across elements: a break a reader sees gives a space, inline markup none. */
class XmlNodeTextTest {

  @Test
  void elementsSetApartAreSeparatedBySpaces() throws Exception {
    XmlNode node = SafeXml.parse("<div><h2>Notes</h2><p>First note.</p><p>Second note.</p></div>");

    assertThat(node.text()).isEqualTo("Notes First note. Second note.");
  }

  @Test
  void inlineElementsJoinTheirNeighboursAsWritten() throws Exception {
    XmlNode node = SafeXml.parse("<p>un<em>believ</em>able, <a href=\"x\">see</a>.</p>");

    assertThat(node.text()).isEqualTo("unbelievable, see.");
  }

  @Test
  void rawTextKeepsTheMarkupsOwnSpacing() throws Exception {
    XmlNode node = SafeXml.parse("<pre><p>a</p><p>b</p></pre>");

    assertThat(node.rawText()).isEqualTo("ab");
  }

  @Test
  void nitfBylineTitleComesAfterACommaNotRunIntoTheName() {
    ParsedStory story =
        parsed(
            new WireMessageParser(ParseLimits.DEFAULTS)
                .parse(parseFixture("nitf-dateline-element-repeated-in-first-paragraph.xml")));

    assertThat(story.byline()).isEqualTo("By SAM EXAMPLE, Example News Writer");
  }
}
