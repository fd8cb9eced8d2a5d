package io.wirefeed.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlNodeCollapseTest {

  /** The plain definition the fast version must match. */
  private static String collapsedByDefinition(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void everyCharIsJudgedAsJavaWhitespaceOrNoBreakSpace() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(XmlNode.isCollapsedSpace((char) c))
          .as("U+%04X", c)
          .isEqualTo(Character.isWhitespace((char) c) || c == '\u00A0');
    }
  }

  @Test
  void collapsesRandomTextAsTheDefinitionDoes() {
    Random random = new Random(11);
    char[] alphabet = {
      'a', 'Z', ' ', '\t', '\n', '\r', '\u000B', '\u001F', '\u00A0', '\u2007', '\u2003', '\u3000',
      '\u2028', 'é', '’', '\uD83D', '\uDE00', '-', '\u0085'
    };
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(XmlNode.collapse(new StringBuilder(text)))
          .as("%s", text)
          .isEqualTo(collapsedByDefinition(text));
    }
  }

  @Test
  void textAlreadyCollapsedIsToldApartFromTextThatIsNot() {
    Random random = new Random(12);
    char[] alphabet = {'a', 'Z', ' ', ' ', ' ', '\n', '\t', '\u00A0', '\u2003', 'é', '’', '\uD83D'};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String written = text.toString();
      assertThat(XmlNode.isCollapsed(written))
          .as("%s", written)
          .isEqualTo(collapsedByDefinition(written).equals(written));
    }
  }

  @Test
  void textReadFromADocumentIsCollapsedAsTheDefinitionSays() throws Exception {
    Random random = new Random(14);
    String[] pieces = {"a", "Z", " ", "  ", "\n", "\t", "&#160;", "&#x2003;", "’", "&amp;", "é"};
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      XmlNode paragraph = SafeXml.parse("<p>" + text + "</p>");
      String written = paragraph.rawText();

      assertThat(paragraph.text()).as("%s", text).isEqualTo(collapsedByDefinition(written));
    }
  }
}
