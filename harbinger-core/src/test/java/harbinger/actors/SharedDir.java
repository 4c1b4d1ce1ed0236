package harbinger.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's read-only {@code shared} folder by walking up from the working directory. */
final class SharedDir {
  private SharedDir() {}

  /** The first {@code shared} folder found in the working directory or one of its ancestors, if any. */
  static Optional<Path> find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("reference"))) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
