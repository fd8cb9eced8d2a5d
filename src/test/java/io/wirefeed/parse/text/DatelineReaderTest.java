package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.story.ParsedDateline;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineReaderTest {

  @Test
  void readsPlaceDateCreditAndRest() {
    DatelineReader.Found found =
        DatelineReader.read("MOSCOW, April 24, 2019 (BSS/AFP) – Kim Jong Un will meet")
            .orElseThrow();

    assertThat(found.dateline())
        .isEqualTo(
            new ParsedDateline(
                "MOSCOW", LocalDate.of(2019, 4, 24), "MOSCOW, April 24, 2019 (BSS/AFP)"));
    assertThat(found.agency()).isEqualTo("BSS");
    assertThat(found.source()).isEqualTo("AFP");
    assertThat(found.rest()).isEqualTo("Kim Jong Un will meet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"–", "—", "-", "--"})
  void acceptsEveryDashStyle(String dash) {
    assertThat(DatelineReader.read("PARIS, May 2, 2025 (AFP) " + dash + " Text."))
        .hasValueSatisfying(f -> assertThat(f.rest()).isEqualTo("Text."));
  }

  @Test
  void mixedCasePlaceWithDateIsADateline() {
    assertThat(DatelineReader.read("New York, Sept. 3 (Reuters) - Stocks rose."))
        .hasValueSatisfying(
            f ->
                assertThat(f.dateline())
                    .isEqualTo(
                        new ParsedDateline("New York", null, "New York, Sept. 3 (Reuters)")));
  }

  @Test
  void impossibleDateKeepsTheDatelineWithoutADate() {
    assertThat(DatelineReader.read("DHAKA, February 30, 2025 (BSS) - Text."))
        .hasValueSatisfying(f -> assertThat(f.dateline().date()).isNull());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Officials (UN) - said nothing.",
        "WASHINGTON - no date and no credit.",
        "DHAKA, Someday 4, 2025 (BSS) - unknown month.",
        "The talks - which began Monday - continue.",
        "",
      })
  void proseIsNotADateline(String paragraph) {
    assertThat(DatelineReader.read(paragraph)).isEmpty();
  }

  @Test
  void looksOnlyAtTheStartOfALongParagraph() {
    String hostile = "A".repeat(200_000) + ", April 1, 2025 (X) - text";

    assertThat(DatelineReader.read(hostile)).isEmpty();
  }

  @Test
  void dashCheckGivesWhatThePatternAloneGives() {
    // Pieces of real datelines and of prose, so that many random strings come close to matching.
    String[] pieces = {
      "DHAKA",
      "New York",
      "PARIS",
      ", ",
      "April",
      "Sept.",
      " 3",
      ", 2019",
      " (BSS/AFP)",
      " (dpa)",
      " ",
      "-",
      "--",
      "–",
      "—",
      "x",
      "’",
      "É",
      "said",
      "(",
      ")",
      "\t",
      "\n",
      "1"
    };
    SplittableRandom random = new SplittableRandom(11);
    int matches = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      // Half start the way a dateline does; then random pieces, some of which break it.
      if (random.nextBoolean()) {
        text.append(pieces[random.nextInt(3)]).append(", April 3, 2019 (BSS/AFP) – ");
      }
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        text.insert(random.nextInt(text.length() + 1), pieces[random.nextInt(pieces.length)]);
      }
      if (random.nextInt(20) == 0) {
        text.insert(0, "A".repeat(150 + random.nextInt(20)));
      }
      String paragraph = text.toString();
      boolean mixedCase = random.nextBoolean();
      Optional<DatelineReader.Found> expected = DatelineReader.readByPattern(paragraph, mixedCase);
      assertThat(DatelineReader.read(paragraph, mixedCase)).as(paragraph).isEqualTo(expected);
      if (expected.isPresent()) {
        matches++;
      }
    }
    assertThat(matches).as("random strings that are datelines").isGreaterThan(1_000);
  }

  @Test
  void kyodoNamesItselfBareAfterTheDate() {
    DatelineReader.Found found =
        DatelineReader.read("OSAKA, Japan, Nov. 3 Kyodo - The city opened its new port.")
            .orElseThrow();

    assertThat(found.dateline().place()).isEqualTo("OSAKA");
    assertThat(found.dateline().text()).isEqualTo("OSAKA, Japan, Nov. 3 Kyodo");
    assertThat(found.agency()).isEqualTo("Kyodo");
    assertThat(found.rest()).isEqualTo("The city opened its new port.");
  }

  @Test
  void aBareWordAfterAPlaceWithoutADateIsNoCredit() {
    assertThat(DatelineReader.read("Hamburg Port - a history of the docks")).isEmpty();
  }

  @Test
  void frenchServicesPutLowerCaseAgenciesInParenthesesWithoutADash() {
    DatelineReader.Found found =
        DatelineReader.read("Lausanne (ats afp) Le conseil a voté mardi.").orElseThrow();

    assertThat(found.dateline())
        .isEqualTo(new ParsedDateline("Lausanne", null, "Lausanne (ats afp)"));
    assertThat(found.agency()).isEqualTo("ats");
    assertThat(found.source()).isEqualTo("afp");
    assertThat(found.rest()).isEqualTo("Le conseil a voté mardi.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Officials (UN) said the talks would go on.",
        "Prices (in euros) rose again.",
        "Le maire (photo) a parlé."
      })
  void parenthesesInProseAreNoDashlessDateline(String paragraph) {
    assertThat(DatelineReader.read(paragraph)).isEmpty();
  }

  @Test
  void apUnderscoreIsADash() {
    DatelineReader.Found found =
        DatelineReader.read("ATLANTA (AP) _ The home side won.").orElseThrow();

    assertThat(found.dateline().text()).isEqualTo("ATLANTA (AP)");
    assertThat(found.rest()).isEqualTo("The home side won.");
  }
}
