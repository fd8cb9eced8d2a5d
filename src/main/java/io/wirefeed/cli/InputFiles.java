package io.wirefeed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Wire files named on the command line: files as given, folders walked in name order. */
final class InputFiles {

  private InputFiles() {}

  /** One message per file, folders expanded recursively, hidden files skipped. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IllegalArgumentException(path + " does not exist");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Reads at most {@code limit + 1} bytes, enough for the parser to see that a file is over the
   * limit without loading a huge file whole.
   */
  static byte[] readBounded(Path file, int limit) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
