package io.wirefeed.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The parser reuses one reader per thread: a document left half read, broken or refused must not
 * leak anything into the next one.
 */
class SafeXmlReuseTest {

  private static final String GOOD =
      "<nitf xml:lang=\"en\"><body><p>First &amp; second.</p><p>Third.</p></body></nitf>";

  @Test
  void aDocumentAfterABrokenOneReadsAsOnItsOwn() throws Exception {
    String alone = SafeXml.parse(GOOD).text();
    String[] broken = {
      "<nitf><body><p>cut off in the mid",
      "<nitf><body></p></nitf>",
      "<nitf>&undeclared;</nitf>",
      "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY x \"y\">]><nitf>&x;</nitf>",
      "<a><b><c>" + "<d>".repeat(SafeXml.MAX_DEPTH) + "deep",
      "not xml at all"
    };
    for (String document : broken) {
      assertThatThrownBy(() -> SafeXml.parse(document)).isInstanceOf(SafeXml.Rejected.class);
      XmlNode next = SafeXml.parse(GOOD);
      assertThat(next.name()).as("after %s", document).isEqualTo("nitf");
      assertThat(next.attr("lang")).isEqualTo("en");
      assertThat(next.text()).as("after %s", document).isEqualTo(alone);
    }
  }

  @Test
  void eachDocumentGetsItsOwnTree() throws Exception {
    XmlNode first = SafeXml.parse("<a><p>one</p></a>");
    XmlNode second = SafeXml.parse("<b><p>two</p></b>");
    assertThat(first.name()).isEqualTo("a");
    assertThat(first.text()).isEqualTo("one");
    assertThat(second.name()).isEqualTo("b");
    assertThat(second.text()).isEqualTo("two");
  }
}
