package io.wirefeed.cli;

import io.wirefeed.parse.framing.FramedMessage;
import io.wirefeed.parse.framing.WireFramer;
import java.util.List;

/**
 * Splits a capture with the parser's own framing, so that replay cuts a file exactly where the
 * processor would: ANPA-1312, IPTC 7901, ZCZC telex and XML messages each become one record. A file
 * that frames to one message is sent whole, byte for byte; bytes between messages (line noise of
 * the capture) are left out, as the processor would skip them too.
 */
final class FramingCaptureSplitter implements CaptureSplitter {

  @Override
  public List<byte[]> split(byte[] capture) {
    List<FramedMessage> messages = WireFramer.frame(capture);
    if (messages.size() == 1) {
      return List.of(capture);
    }
    return messages.stream().map(FramedMessage::bytes).toList();
  }
}
