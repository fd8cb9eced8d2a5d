package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphsWrapTest {

  private static final String TEXT =
      "Dock workers at Chattogram walked out on Monday, halting the loading of container ships at"
          + " the country's main port as a dispute-over-overtime-pay-and-shift-allowances dragged"
          + " on into its second week.";

  @ParameterizedTest
  @ValueSource(ints = {10, 20, 40, 64, 80, 200})
  void linesFitTheWidthAndUnwrapToTheText(int width) {
    List<String> lines = Paragraphs.wrap(TEXT, width);

    assertThat(lines)
        .allSatisfy(
            line -> assertThat(line.length() <= width || !line.contains(" ")).as(line).isTrue());
    assertThat(Paragraphs.unwrap(lines)).isEqualTo(TEXT);
  }

  @ParameterizedTest
  @ValueSource(ints = {20, 40, 64})
  void eachLineTakesAsManyWordsAsFit(int width) {
    List<String> lines = Paragraphs.wrap(TEXT, width);

    for (int i = 0; i + 1 < lines.size(); i++) {
      String nextWord = lines.get(i + 1).split(" ")[0];
      assertThat(lines.get(i).length() + 1 + nextWord.length()).isGreaterThan(width);
    }
  }
}
