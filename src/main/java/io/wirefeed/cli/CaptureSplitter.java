package io.wirefeed.cli;

import java.util.List;

/**
 * Cuts a capture file into the raw messages it holds. A file with one message gives itself back,
 * byte for byte. Replay depends only on this, so that the parser's own framing can replace the
 * interim {@link TelexCaptureSplitter} once it lands.
 */
interface CaptureSplitter {

  List<byte[]> split(byte[] capture);
}
