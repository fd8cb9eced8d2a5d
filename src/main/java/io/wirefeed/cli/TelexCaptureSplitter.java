package io.wirefeed.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits concatenated telex captures by the telex conventions: a message starts at a {@code ZCZC}
 * line and ends after its {@code NNNN} line; lines between an {@code NNNN} and the next {@code
 * ZCZC} are the next message's preamble. Only a file with two or more {@code ZCZC} lines is split,
 * so a single message, text after its end marker included, is sent as it is. Plain-text messages
 * are never split: their paragraphs are separated by blank lines, so a blank line cannot mark the
 * end of a message. Text after the last {@code NNNN} that is not blank becomes a message of its own
 * (the processor will reject it, visibly) rather than being dropped.
 *
 * <p>Works on bytes: the markers are ASCII, the same in UTF-8 and windows-1252.
 */
final class TelexCaptureSplitter implements CaptureSplitter {

  @Override
  public List<byte[]> split(byte[] capture) {
    List<int[]> lines = lines(capture);
    if (lines.stream().filter(line -> isStart(capture, line)).count() < 2) {
      return List.of(capture);
    }
    List<byte[]> messages = new ArrayList<>();
    int start = 0;
    boolean inMessage = false;
    for (int[] line : lines) {
      if (isStart(capture, line)) {
        if (inMessage) {
          // A message without NNNN ends where the next one starts.
          messages.add(Arrays.copyOfRange(capture, start, line[0]));
          start = line[0];
        }
        inMessage = true;
      } else if (inMessage && text(capture, line).equals("NNNN")) {
        messages.add(Arrays.copyOfRange(capture, start, line[1]));
        start = line[1];
        inMessage = false;
      }
    }
    byte[] rest = Arrays.copyOfRange(capture, start, capture.length);
    if (!new String(rest, StandardCharsets.ISO_8859_1).isBlank()) {
      messages.add(rest);
    }
    return messages;
  }

  private static boolean isStart(byte[] capture, int[] line) {
    String text = text(capture, line);
    return text.equals("ZCZC") || text.startsWith("ZCZC ");
  }

  private static String text(byte[] capture, int[] line) {
    return new String(capture, line[0], line[1] - line[0], StandardCharsets.ISO_8859_1).strip();
  }

  /** [start, end) of each line, its terminator (LF, CRLF or CR) included. */
  private static List<int[]> lines(byte[] bytes) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        int end = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
        lines.add(new int[] {start, end});
        start = end;
        i = end - 1;
      }
    }
    if (start < bytes.length) {
      lines.add(new int[] {start, bytes.length});
    }
    return lines;
  }
}
