package harbinger.ingest.feed;

import harbinger.error.ConfigException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a feed list: one http(s) feed URL per line; blank lines and lines starting with {@code #} are ignored,
 * as is anything after whitespace on a line (room for a note). Stateless.
 */
public final class FeedList {
  private FeedList() {}

  /**
   * @throws ConfigException {@code file:line: ...} for a line that is not an absolute http(s) URL or repeats
   *     an earlier one, or when the file cannot be read or lists no feed
   */
  public static List<URI> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read feed list " + file + ": " + e.getMessage());
    }
    Set<URI> feeds = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String url = line.split("\\s+", 2)[0];
      String where = file + ":" + (i + 1) + ": ";
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new ConfigException(where + "not a URL: " + url);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null)
        throw new ConfigException(where + "feed URL must be absolute http or https but was " + url);
      if (!feeds.add(uri)) throw new ConfigException(where + "feed listed twice: " + url);
    }
    if (feeds.isEmpty()) throw new ConfigException(file + ": lists no feed");
    return new ArrayList<>(feeds);
  }
}
