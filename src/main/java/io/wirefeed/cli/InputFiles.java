package io.wirefeed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Wire files named on the command line: files as given, folders walked in name order. In a folder,
 * hidden files and folders (a name starting with {@code .}) are skipped, and so are files that
 * match an exclude glob: by default the listings a feed folder carries beside its messages ({@link
 * #DEFAULT_EXCLUDES}). A file named on the command line is always taken. A file or folder that
 * cannot be read is reported, not fatal: the others are still read.
 */
final class InputFiles {

  /** Feed listings, checksums and notes: never wire messages. */
  static final List<String> DEFAULT_EXCLUDES =
      List.of("INDEX*", "README*", "*.md", "*.sha256", "*.md5");

  /** How the commands open a file; a seam so tests can make one unreadable even as root. */
  interface Opener {
    InputStream open(Path file) throws IOException;
  }

  static final Opener FILES = Files::newInputStream;

  /**
   * @param files the files to read, in order
   * @param skipped files in folders left out by an exclude glob, each with the glob
   * @param unreadable files and folders that could not be read, each with why
   */
  record Listing(List<Path> files, List<String> skipped, List<String> unreadable) {}

  private InputFiles() {}

  /** One message per file, folders expanded recursively, the default listings skipped. */
  static List<Path> expand(List<Path> paths) {
    return list(paths, DEFAULT_EXCLUDES).files();
  }

  /**
   * @throws IllegalArgumentException for a path that does not exist: a mistyped argument stops the
   *     command before it sends or prints anything
   */
  static Listing list(List<Path> paths, List<String> excludes) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IllegalArgumentException(path + " does not exist");
      }
    }
    List<PathMatcher> matchers =
        excludes.stream()
            .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
            .toList();
    List<Path> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(
            path,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(path) && isHidden(dir)
                    ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isRegularFile() || isHidden(file)) {
                  return FileVisitResult.CONTINUE;
                }
                String glob = matching(matchers, excludes, file.getFileName());
                if (glob != null) {
                  skipped.add(file + " (--exclude " + glob + ")");
                } else {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.add(why(file, e));
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        unreadable.add(why(path, e));
      }
      found.sort(null);
      files.addAll(found);
    }
    return new Listing(List.copyOf(files), List.copyOf(skipped), List.copyOf(unreadable));
  }

  /** One line on why a file could not be read: the file, then the system's reason. */
  static String why(Path file, IOException e) {
    String reason =
        e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e instanceof java.nio.file.NoSuchFileException
                ? "it no longer exists"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot read " + file + ": " + reason;
  }

  /**
   * Reads at most {@code limit + 1} bytes, enough for the parser to see that a file is over the
   * limit without loading a huge file whole.
   */
  static byte[] readBounded(Opener opener, Path file, int limit) throws IOException {
    try (InputStream in = opener.open(file)) {
      return in.readNBytes(limit + 1);
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String matching(List<PathMatcher> matchers, List<String> globs, Path name) {
    for (int i = 0; i < matchers.size(); i++) {
      if (matchers.get(i).matches(name)) {
        return globs.get(i);
      }
    }
    return null;
  }
}
