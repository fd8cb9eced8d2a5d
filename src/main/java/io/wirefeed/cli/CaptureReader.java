package io.wirefeed.cli;

import io.wirefeed.parse.framing.FramedMessage;
import io.wirefeed.parse.framing.WireFramer;
import io.wirefeed.story.ParsedFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a capture file a window at a time and cuts it with the parser's own framing, so that replay
 * cuts a file exactly where the processor would: ANPA-1312, IPTC 7901, ZCZC telex and XML messages
 * each become one record, however many the file holds, and the file is never held whole. A file
 * that frames to one message comes back whole, byte for byte, named after the file; the messages of
 * a capture are named {@code FILE#1}, {@code FILE#2}, ... Bytes between messages (line noise of the
 * capture) are left out, as the processor would skip them too. A telex message ends after its
 * {@code NNNN} line: the lines between it and the next {@code ZCZC} (the next message's header, up
 * to 40 lines) travel with the next message.
 *
 * <p>The last message framed in a window may run on past it, so it is framed again with the next
 * window; a message that does not fit in {@code maxMessageBytes} cannot be sent as one record.
 */
final class CaptureReader implements AutoCloseable {

  static final int FIRST_WINDOW_BYTES = 1 << 20;

  /** As the framer's: more lines than this between two telex messages are noise, not a header. */
  private static final int MAX_TELEX_PREAMBLE_LINES = 40;

  /** A message of the capture is larger than a record may be. */
  static final class MessageTooLargeException extends IOException {
    MessageTooLargeException(String message) {
      super(message);
    }
  }

  private final Path file;
  private final InputStream in;
  private final int maxMessageBytes;
  private final ArrayDeque<byte[]> framed = new ArrayDeque<>();
  private byte[] window;
  private int length;
  private long windowOffset;
  private boolean endOfFile;
  private boolean wholeFile;
  private int messages;

  CaptureReader(InputFiles.Opener opener, Path file, int maxMessageBytes) throws IOException {
    this(opener, file, maxMessageBytes, FIRST_WINDOW_BYTES);
  }

  /**
   * @param firstWindowBytes how much is framed at once at first; a window grows, up to {@code
   *     maxMessageBytes}, only while it holds part of a single message
   */
  CaptureReader(InputFiles.Opener opener, Path file, int maxMessageBytes, int firstWindowBytes)
      throws IOException {
    this.file = file;
    this.maxMessageBytes = maxMessageBytes;
    this.window = new byte[Math.max(1, Math.min(firstWindowBytes, maxMessageBytes + 1))];
    this.in = opener.open(file);
  }

  /**
   * The next message, or null after the last.
   *
   * @throws MessageTooLargeException for a message over {@code maxMessageBytes}, naming it
   */
  FeedMessage next() throws IOException {
    while (framed.isEmpty()) {
      if (endOfFile && length == 0) {
        return null;
      }
      fill();
      frameWindow();
    }
    messages++;
    String name = wholeFile ? file.toString() : file + "#" + messages;
    return new FeedMessage(name, framed.poll());
  }

  private void fill() throws IOException {
    int read = in.readNBytes(window, length, window.length - length);
    length += read;
    endOfFile = length < window.length;
  }

  private void frameWindow() throws MessageTooLargeException {
    byte[] bytes = Arrays.copyOf(window, length);
    List<FramedMessage> cut = WireFramer.frame(bytes);
    if (endOfFile && messages == 0 && framed.isEmpty() && cut.size() == 1) {
      wholeFile = true;
      framed.add(bytes);
      length = 0;
      return;
    }
    FramedMessage last = cut.get(cut.size() - 1);
    boolean lastIsUnframedRest = last.hint() == null && cut.size() == WireFramer.MAX_MESSAGES;
    // The last message of a window may go on in the next one; the rest of a record of too many
    // messages is framed again from the end of the message before it.
    int complete = endOfFile && !lastIsUnframedRest ? cut.size() : cut.size() - 1;
    if (complete == 0) {
      grow(last);
      return;
    }
    byte[] carried = new byte[0];
    int consumed = length;
    for (int i = 0; i < complete; i++) {
      FramedMessage message = cut.get(i);
      byte[] taken = concat(carried, message.bytes());
      carried = new byte[0];
      consumed = message.byteOffset() + message.bytes().length;
      if (i + 1 < cut.size() && isTelex(message) && isTelex(cut.get(i + 1))) {
        int end = telexEnd(message.bytes());
        byte[] preamble = Arrays.copyOfRange(message.bytes(), end, message.bytes().length);
        taken = Arrays.copyOf(taken, taken.length - preamble.length);
        consumed -= preamble.length;
        carried = lineCount(preamble) <= MAX_TELEX_PREAMBLE_LINES ? preamble : new byte[0];
      }
      framed.add(taken);
    }
    if (complete == cut.size()) {
      consumed = length;
    }
    System.arraycopy(window, consumed, window, 0, length - consumed);
    length -= consumed;
    windowOffset += consumed;
  }

  private static boolean isTelex(FramedMessage message) {
    return message.hint() == ParsedFormat.ZCZC;
  }

  /**
   * After the message's last {@code NNNN} line: what follows it, up to the next {@code ZCZC}, is
   * the next message's preamble (its header lines), not this message's tail.
   */
  static int telexEnd(byte[] message) {
    for (int i = message.length - 4; i >= 0; i--) {
      if (message[i] == 'N'
          && message[i + 1] == 'N'
          && message[i + 2] == 'N'
          && message[i + 3] == 'N'
          && (i == 0 || message[i - 1] == '\n' || message[i - 1] == '\r')) {
        int end = i + 4;
        while (end < message.length && message[end] != '\n') {
          if (message[end] != ' ' && message[end] != '\t' && message[end] != '\r') {
            return message.length; // NNNN followed by text: not an end-of-message line
          }
          end++;
        }
        return Math.min(message.length, end + 1);
      }
    }
    return message.length;
  }

  private static int lineCount(byte[] bytes) {
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    if (first.length == 0) {
      return second;
    }
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private void grow(FramedMessage unfinished) throws MessageTooLargeException {
    if (window.length > maxMessageBytes) {
      throw new MessageTooLargeException(
          file
              + "#"
              + (messages + framed.size() + 1)
              + " (from byte "
              + (windowOffset + unfinished.byteOffset())
              + ") is larger than "
              + maxMessageBytes
              + " bytes (topics.max.message.bytes) and cannot be one record");
    }
    window = Arrays.copyOf(window, (int) Math.min((long) window.length * 2, maxMessageBytes + 1L));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
