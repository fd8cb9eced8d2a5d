package io.wirefeed.cli;

import java.util.List;

/**
 * Cuts a capture file into the raw messages it holds. A file with one message gives itself back,
 * byte for byte.
 */
interface CaptureSplitter {

  List<byte[]> split(byte[] capture);
}
