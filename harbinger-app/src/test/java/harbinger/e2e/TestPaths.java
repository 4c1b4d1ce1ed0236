package harbinger.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the tests find the repository and the optional shared reference directory. */
public final class TestPaths {
  private TestPaths() {}

  /** The repository root: the nearest directory above the working directory that holds {@code samples/} and {@code harbinger-app/}. */
  public static Path repoRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("samples/sample-corpus.jsonl")) && Files.isDirectory(dir.resolve("harbinger-app"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root (with samples/sample-corpus.jsonl) above " + start);
  }

  /** A directory of the module {@code harbinger-app} source tree, such as {@code src/test/resources/golden}. */
  public static Path appDir(String relative) {
    return repoRoot().resolve("harbinger-app").resolve(relative);
  }

  /**
   * The shared reference directory, found by walking up from the working directory to a directory that
   * contains {@code shared/}; empty when there is none (tests that need it then skip).
   */
  public static Optional<Path> shared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isDirectory(shared)) return Optional.of(shared);
    }
    return Optional.empty();
  }

  /** {@code text} with the repository root prefix removed, for shorter {@code file:line} origins in reports. */
  public static String relative(String text) {
    String prefix = repoRoot().toString() + java.io.File.separator;
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }
}
