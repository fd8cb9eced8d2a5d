package io.wirefeed.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalTextTest {

  @Test
  void keepsHeadlineAndBlockTextsOnly() {
    ParsedStory story =
        ParsedStory.builder(ParsedFormat.ZCZC)
            .agency("BSS")
            .source("AFP")
            .storyCode("BFF-09")
            .slug("SOME-SLUG")
            .headline("Cyclone Nears Coast")
            .byline("By A. Writer")
            .dateline(
                new ParsedDateline("DHAKA", LocalDate.of(2025, 5, 1), "DHAKA, May 1, 2025 (BSS)"))
            .body(
                List.of(
                    ParsedBlock.paragraph("Winds rose."),
                    ParsedBlock.subhead("Shelters"),
                    ParsedBlock.paragraph("All open.")))
            .signOff("BSS/AFP/GMR/0826 hrs")
            .wordCount(6)
            .build();

    assertThat(CanonicalText.of(story))
        .isEqualTo("cyclone nears coast winds rose. shelters all open.");
  }

  @Test
  void storyWithoutHeadlineStartsWithItsBody() {
    ParsedStory story =
        ParsedStory.builder(ParsedFormat.PLAIN_TEXT)
            .body(List.of(ParsedBlock.paragraph("One."), ParsedBlock.paragraph("Two.")))
            .wordCount(2)
            .build();

    assertThat(CanonicalText.of(story)).isEqualTo("one. two.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "curly single quotes | ‘it’s’ | 'it's'",
        "curly double quotes | “quoted” „low‟ | \"quoted\" \"low\"",
        "guillemets and primes | «a» 5′ 6″ | \"a\" 5' 6\"",
        "en and em dashes | a – b — c | a - b - c",
        "double hyphen like em dash | first--second | first-second",
        "minus and hyphen | ‐1 −2 ‑3 ‒4 ―5 | -1 -2 -3 -4 -5",
        "soft hyphen | co\u00ADoperation | cooperation",
        "zero-width characters | a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf | abcdef",
        "whitespace runs | '  a \t\n b\u00A0\u2003c  ' | a b c",
        "NFKC compatibility forms | ﬁnal Ｆｕｌｌ ①  | final full 1",
        "case folding | ÉCOLE Straße İstanbul | école straße i̇stanbul",
      })
  void folds(String what, String input, String expected) {
    assertThat(CanonicalText.canonicalize(input)).as(what).isEqualTo(expected);
  }
}
