package io.wirefeed.cli;

import io.wirefeed.parse.FramedMessage;
import io.wirefeed.parse.WireFramer;
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
 * capture) are left out, as the processor would skip them too.
 *
 * <p>The last message framed in a window may run on past it, so it is framed again with the next
 * window; a message that does not fit in {@code maxMessageBytes} cannot be sent as one record.
 */
final class CaptureReader implements AutoCloseable {

  static final int FIRST_WINDOW_BYTES = 1 << 20;

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
    for (int i = 0; i < complete; i++) {
      framed.add(cut.get(i).bytes());
    }
    FramedMessage lastTaken = cut.get(complete - 1);
    int consumed =
        complete == cut.size() ? length : lastTaken.byteOffset() + lastTaken.bytes().length;
    System.arraycopy(window, consumed, window, 0, length - consumed);
    length -= consumed;
    windowOffset += consumed;
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
