package io.wirefeed.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class XmlTimesTest {

  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[XXX][XX][X]");

  @Test
  void readsCompactUtcTimesAsTheFormatterDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 20_000; n++) {
      String value = randomTime(random, "%04d%02d%02dT%02d%02d%02dZ");
      assertThat(XmlTimes.parse(value)).as(value).isEqualTo(byFormatter(value, COMPACT));
    }
  }

  @Test
  void readsExtendedUtcTimesAsTheIsoParserDoes() {
    SplittableRandom random = new SplittableRandom(8);
    for (int n = 0; n < 20_000; n++) {
      String value = randomTime(random, "%04d-%02d-%02dT%02d:%02d:%02dZ");
      assertThat(XmlTimes.parse(value))
          .as(value)
          .isEqualTo(byFormatter(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }

  /** Fields around their limits: year 0, month 0 and 13, day 0 and 29 to 32, hour 24, second 60. */
  private static String randomTime(SplittableRandom random, String format) {
    return String.format(
        format,
        random.nextInt(3) == 0 ? random.nextInt(3) : 1990 + random.nextInt(50),
        random.nextInt(14),
        random.nextInt(33),
        random.nextInt(25),
        random.nextInt(60),
        random.nextInt(61));
  }

  @Test
  void readsTheOtherFormsStill() {
    assertThat(XmlTimes.parse("2013-11-13T15:09:00+01:00"))
        .isEqualTo(Instant.parse("2013-11-13T14:09:00Z"));
    assertThat(XmlTimes.parse("20131113T150900+0100"))
        .isEqualTo(Instant.parse("2013-11-13T14:09:00Z"));
    assertThat(XmlTimes.parse("20131113T150900")).isEqualTo(Instant.parse("2013-11-13T15:09:00Z"));
    assertThat(XmlTimes.parse("2013111xT150900Z")).isNull();
    assertThat(XmlTimes.parse("2013-11-13T15:09:00.250Z"))
        .isEqualTo(Instant.parse("2013-11-13T15:09:00.250Z"));
    assertThat(XmlTimes.parse("2013-11-13T15:09:00"))
        .isEqualTo(Instant.parse("2013-11-13T15:09:00Z"));
  }

  private static Instant byFormatter(String value, DateTimeFormatter formatter) {
    try {
      return OffsetDateTime.parse(value, formatter).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
