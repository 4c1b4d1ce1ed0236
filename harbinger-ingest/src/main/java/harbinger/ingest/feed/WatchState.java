package harbinger.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import harbinger.error.ConfigException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the watcher remembers across restarts, per feed: the validators of the last answer (ETag,
 * Last-Modified) for conditional GET, and the keys of the items already fetched (at most {@value #MAX_SEEN}
 * per feed, oldest forgotten first; a feed carries far fewer). Kept in a small JSON file, rewritten atomically
 * (temporary file, then rename) after every poll, so a crash leaves the previous state:
 * <pre>{"version":1,"feeds":{"https://example.org/rss":{"etag":"\"abc\"","lastModified":"...","seen":["guid-1",...]}}}</pre>
 * Not thread-safe: one watcher owns it.
 */
final class WatchState {
  static final int MAX_SEEN = 5_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One feed's memory. */
  static final class Feed {
    @Nullable String etag;
    @Nullable String lastModified;
    private final Deque<String> order = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();

    boolean seen(String key) { return seen.contains(key); }

    void markSeen(String key) {
      if (!seen.add(key)) return;
      order.addLast(key);
      while (order.size() > MAX_SEEN) seen.remove(order.removeFirst());
    }

    int size() { return seen.size(); }
  }

  private final @Nullable Path file;
  private final Map<String, Feed> feeds = new LinkedHashMap<>();

  private WatchState(@Nullable Path file) { this.file = file; }

  /** State in memory only (for {@code --once} runs without a state file, and tests). */
  static WatchState inMemory() { return new WatchState(null); }

  /**
   * Loads the state file, or starts empty when it does not exist.
   *
   * @throws ConfigException if the file exists but is not a state file (it is not overwritten: delete it to
   *     start afresh, which refetches every item still in the feeds)
   */
  static WatchState load(Path file) {
    WatchState state = new WatchState(file);
    if (!Files.exists(file)) return state;
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root == null || !root.isObject() || root.path("version").asInt() != 1 || !root.path("feeds").isObject())
        throw new ConfigException(file + ": not a watch state file (expected {\"version\":1,\"feeds\":{...}})");
      JsonNode all = root.get("feeds");
      for (java.util.Iterator<String> names = all.fieldNames(); names.hasNext(); ) {
        String url = names.next();
        Feed f = state.feed(url);
        JsonNode n = all.get(url);
        f.etag = n.hasNonNull("etag") ? n.get("etag").asText() : null;
        f.lastModified = n.hasNonNull("lastModified") ? n.get("lastModified").asText() : null;
        for (JsonNode k : n.path("seen")) f.markSeen(k.asText());
      }
      return state;
    } catch (IOException e) {
      throw new ConfigException("cannot read watch state " + file + ": " + e.getMessage()
          + " (delete the file to start afresh)");
    }
  }

  Feed feed(String url) { return feeds.computeIfAbsent(url, k -> new Feed()); }

  /** Writes the state file (a no-op in memory). */
  void save() throws IOException {
    if (file == null) return;
    ObjectNode root = JSON.createObjectNode().put("version", 1);
    ObjectNode all = root.putObject("feeds");
    for (Map.Entry<String, Feed> e : feeds.entrySet()) {
      ObjectNode n = all.putObject(e.getKey());
      n.put("etag", e.getValue().etag);
      n.put("lastModified", e.getValue().lastModified);
      ArrayNode seen = n.putArray("seen");
      e.getValue().order.forEach(seen::add);
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
