package io.wirefeed.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code java -jar target/wirefeed.jar …} command line found in a document, as the words the
 * jar would get: continuation lines joined, what follows a pipe, {@code &&}, a redirection or a
 * comment dropped, quotes removed.
 */
record DocumentedCommand(String where, List<String> args) {

  static List<DocumentedCommand> findIn(List<DocumentedCommandsTest.Document> documents) {
    List<DocumentedCommand> found = new ArrayList<>();
    for (var document : documents) {
      String[] lines = document.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int start = lines[i].indexOf(DocumentedCommandsTest.JAR);
        if (start < 0) {
          continue;
        }
        StringBuilder command = new StringBuilder(lines[i].substring(start));
        int last = i;
        while (command.toString().stripTrailing().endsWith("\\") && last + 1 < lines.length) {
          command.setLength(command.toString().stripTrailing().length() - 1);
          command.append(' ').append(lines[++last].strip());
        }
        String words = command.substring(DocumentedCommandsTest.JAR.length());
        found.add(new DocumentedCommand(document.name() + ":" + (i + 1), words(words)));
      }
    }
    return found;
  }

  /** Shell words up to the end of the command (a backtick, pipe, &&, ;, redirection or #). */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
        continue;
      }
      if (c == '`' || c == '|' || c == '&' || c == ';' || c == '>' || c == '<' || c == '#') {
        if ((c == '>' || c == '<') && inWord && word.chars().allMatch(Character::isDigit)) {
          inWord = false; // the "2" of "2>" names a stream, it is no argument
        }
        break;
      }
      if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        continue;
      }
      word.append(c);
      inWord = true;
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
