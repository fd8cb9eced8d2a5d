package io.wirefeed.parse.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** AP's plain-typewriter quotes and dashes become the typographic ones, as the rules define. */
class AnpaTypographyTest {

  /** The rules, char by char: the rewrite in place must give what this gives. */
  private static String byDefinition(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = i + 1 < text.length() && text.charAt(i + 1) == c;
      boolean spaceBefore = i == 0 || text.charAt(i - 1) == ' ';
      boolean spaceAfter = i + 1 == text.length() || text.charAt(i + 1) == ' ';
      if (c == '`' && pair) {
        out.append('“');
        i++;
      } else if (c == '\'' && pair) {
        out.append('”');
        i++;
      } else if (c == '_' && spaceBefore && spaceAfter) {
        out.append('—');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void quotesAndDashesAreSetAsTheRulesSay() {
    assertThat(AnpaTypography.apply("He said, ``Yes _ now.'' A_B"))
        .isEqualTo("He said, “Yes — now.” A_B");
  }

  @Test
  void randomTextIsSetAsTheRulesSay() {
    String[] pieces = {"`", "``", "'", "''", "'''", "_", " _ ", "__", " ", "a", "’", "é", "\t"};
    SplittableRandom random = new SplittableRandom(41);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(10);
      for (int i = 0; i < count; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String written = text.toString();
      assertThat(AnpaTypography.apply(written)).as("%s", written).isEqualTo(byDefinition(written));
    }
  }
}
