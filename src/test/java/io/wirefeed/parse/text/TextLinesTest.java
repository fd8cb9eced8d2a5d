package io.wirefeed.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The byte-range lines give exactly what the String path gives: {@link Lines} for the lines, {@link
 * Paragraphs#unwrap} for unwrapping, {@link String#strip()} and {@link String#isBlank()} with
 * Unicode whitespace judged by code point, and the blank-line groups of their definition.
 */
class TextLinesTest {

  /** Pieces that reach every branch: line ends, controls, Unicode spaces, hyphens, a pair. */
  private static final String[] PIECES = {
    "a",
    "Bc",
    " ",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u0001",
    "\u007F",
    "-",
    "\u2010",
    "“",
    "é",
    "\u2003",
    "\u3000",
    "\u00A0",
    "\u1680",
    "\uD83D\uDE00",
    "ZCZC",
    "zczc ",
    "NNNN",
    "\u2028"
  };

  @Test
  void givesTheLinesBlankTestsAndParagraphsOfTheStringPath() {
    SplittableRandom random = new SplittableRandom(14);
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      TextLines lines = TextLines.of(utf8(text));
      List<String> expected = Lines.of(text);

      assertThat(lines.asList()).as(visible(text)).isEqualTo(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(lines.isBlank(i)).as(visible(text)).isEqualTo(expected.get(i).isBlank());
        assertThat(lines.strippedEquals(i, "NNNN"))
            .isEqualTo(expected.get(i).strip().equals("NNNN"));
        assertThat(lines.strippedStartsWithIgnoringCase(i, "ZCZC"))
            .isEqualTo(expected.get(i).strip().regionMatches(true, 0, "ZCZC", 0, 4));
        assertThat(lines.strippedStartsWith(i, "zczc"))
            .isEqualTo(expected.get(i).strip().startsWith("zczc"));
        assertThat(lines.startsWith(i, "zczc")).isEqualTo(expected.get(i).startsWith("zczc"));
      }
      int from = expected.isEmpty() ? 0 : random.nextInt(expected.size());
      int to = from + random.nextInt(expected.size() - from + 1);
      assertThat(lines.unwrapped(from, to))
          .as(visible(text))
          .isEqualTo(Paragraphs.unwrap(expected.subList(from, to)));
      List<TextLines.Paragraph> separated = lines.separatedByBlankLines(from, to);
      // Later joins go after the paragraphs handed out, not over their bytes.
      lines.separatedByBlankLines(0, lines.size());
      lines.unwrapped(0, lines.size());
      List<TextLines.Paragraph> perLine = lines.onePerLine();
      assertThat(described(separated))
          .as(visible(text))
          .isEqualTo(paragraphs(splitAtBlankLines(expected.subList(from, to))));
      assertThat(described(perLine))
          .isEqualTo(
              paragraphs(expected.stream().filter(line -> !line.isBlank()).map(List::of).toList()));
      assertThat(lines.hasBlankLineBetweenText()).isEqualTo(kinds(expected).matches(".*T.*B.*T.*"));

      int max = 1 + random.nextInt(8);
      assertThat(TextLines.first(utf8(text), max).asList())
          .isEqualTo(expected.subList(0, Math.min(max, expected.size())));
    }
  }

  @Test
  void readsARangeOfTheBytesOnly() {
    byte[] bytes = "xx\nOne\r\nTwo-\nway\nyy".getBytes(StandardCharsets.UTF_8);
    TextLines lines = TextLines.of(new Utf8Text(bytes, 3, bytes.length - 3));

    assertThat(lines.asList()).containsExactly("One", "Two-", "way");
    assertThat(lines.unwrapped(0, 3)).isEqualTo("One Two-way");
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(40);
    for (int i = 0; i < count; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** Groups of non-blank lines, split at blank lines. */
  private static List<List<String>> splitAtBlankLines(List<String> lines) {
    List<List<String>> groups = new ArrayList<>(List.of(new ArrayList<>()));
    for (String line : lines) {
      if (line.isBlank()) {
        groups.add(new ArrayList<>());
      } else {
        groups.get(groups.size() - 1).add(line);
      }
    }
    groups.removeIf(List::isEmpty);
    return groups;
  }

  /** T for each line with text, B for each blank one. */
  private static String kinds(List<String> lines) {
    return lines.stream().map(line -> line.isBlank() ? "B" : "T").collect(Collectors.joining());
  }

  private static List<String> paragraphs(List<List<String>> groups) {
    List<String> paragraphs = new ArrayList<>();
    for (List<String> group : groups) {
      String text = Paragraphs.unwrap(group);
      paragraphs.add(described(group.size() == 1, text, text.getBytes(StandardCharsets.UTF_8)));
    }
    return paragraphs;
  }

  /** Each paragraph's kind, text and UTF-8 bytes, to compare with the String path's. */
  private static List<String> described(List<TextLines.Paragraph> paragraphs) {
    return paragraphs.stream()
        .map(p -> described(p.oneLine(), p.text(), Arrays.copyOfRange(p.utf8(), p.from(), p.to())))
        .toList();
  }

  private static String described(boolean oneLine, String text, byte[] utf8) {
    return (oneLine ? "line: " : "lines: ") + visible(text) + " " + HexFormat.of().formatHex(utf8);
  }

  private static Utf8Text utf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Utf8Text(bytes, 0, bytes.length);
  }

  private static String visible(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }
}
