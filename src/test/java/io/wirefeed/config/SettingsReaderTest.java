package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

  private static final SettingsReader READER =
      new SettingsReader(
          Map.of(
              "port", " 8080 ",
              "words", "many",
              "big", "70000",
              "threshold", "0.25",
              "odd", "zero point five",
              "ratio", "1.5 "));

  @Test
  void numbersAreReadTrimmedAndUnsetKeysGiveTheDefault() {
    assertThat(READER.longInRange("port", 0, 0, 65_535)).isEqualTo(8080);
    assertThat(READER.positiveLong("absent", 42)).isEqualTo(42);
    assertThat(READER.share("threshold", 0.5)).isEqualTo(0.25);
    assertThat(READER.share("absent", 0.5)).isEqualTo(0.5);
  }

  @Test
  void aBadNumberNamesTheKeyTheValueAndWhatFits() {
    assertThatThrownBy(() -> READER.positiveLong("words", 1))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config 'words' is 'many': expected a whole number");
    assertThatThrownBy(() -> READER.longInRange("big", 0, 0, 65_535))
        .hasMessage("config 'big' is 70000: expected a number from 0 to 65535");
    assertThatThrownBy(() -> READER.share("odd", 0.5))
        .hasMessage("config 'odd' is 'zero point five': expected a number such as 0.5");
    assertThatThrownBy(() -> READER.share("ratio", 0.5))
        .hasMessage("config 'ratio' is 1.5 : expected a number above 0 and at most 1");
  }
}
