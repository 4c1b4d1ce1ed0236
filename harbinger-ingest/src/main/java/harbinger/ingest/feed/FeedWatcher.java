package harbinger.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import harbinger.error.InputException;
import harbinger.ingest.IdRegistry;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.ingest.web.HtmlExtractor;
import harbinger.ingest.web.Page;
import harbinger.ingest.web.PageArticles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Polls RSS and Atom feeds (Rome) and reads each new item's page once, as an article (HTML extraction as for
 * {@code .html} files, see {@link HtmlExtractor#standard()}).
 *
 * <p>Per feed and poll: a conditional GET with the ETag and Last-Modified of the last good answer; a 304 costs
 * one request and yields nothing. Otherwise the feed is parsed, and every item not fetched before (keyed by its
 * guid/id, else its link) has its link fetched and extracted. The article id is the item's link; its date is
 * the page's own, else the item's published (or updated) date in UTC, else {@link ReadOptions#published()}.
 * An item is fetched <em>once</em>: it is remembered whatever became of it, so a page that failed is reported
 * once and not retried every poll.
 *
 * <p>Bad input never stops a poll. Each becomes a {@link ReadItem.Unreadable} with a reason, keyed by the feed
 * or page URL: {@code feed timed out after 10 s}, {@code feed HTTP status 500}, {@code feed is not RSS or
 * Atom: ...}, {@code feed of N bytes exceeds limit of M bytes}, {@code feed item without link}, {@code page
 * timed out after 10 s}, {@code page HTTP status 404}, {@code not an HTML page (application/pdf)}, and the
 * HTML reasons of {@link PageArticles}.
 *
 * <p>State (validators and fetched items) lives in {@link WatchState}: a JSON file saved after every poll, so a
 * restarted watcher fetches nothing it fetched before. Not thread-safe: one thread polls.
 */
public final class FeedWatcher {
  /** Largest feed document accepted. */
  static final long MAX_FEED_BYTES = 16L << 20;

  /**
   * What one poll found.
   *
   * @param items new articles and unreadable items, feed by feed in list order, items in feed order
   * @param feeds feeds polled
   * @param notModified feeds that answered 304 Not Modified
   * @param failedFeeds feeds that could not be fetched or parsed
   * @param newItems items seen for the first time (each is one entry of {@code items})
   */
  public record Poll(List<ReadItem> items, int feeds, int notModified, int failedFeeds, int newItems) {
    public Poll { items = List.copyOf(items); }
  }

  private final List<URI> feeds;
  private final WatchState state;
  private final HttpFetcher http;
  private final ReadOptions options;
  private final HtmlExtractor extractor = HtmlExtractor.standard();

  private FeedWatcher(List<URI> feeds, WatchState state, Duration timeout, ReadOptions options) {
    this.feeds = List.copyOf(feeds);
    this.state = state;
    this.http = new HttpFetcher(timeout);
    this.options = options;
  }

  /**
   * @param stateFile where to remember fetched items across restarts, or null to remember them in memory only
   * @param timeout connect and whole-request timeout of each fetch
   * @throws harbinger.error.ConfigException if the state file exists and is not one
   */
  public static FeedWatcher create(List<URI> feeds, @Nullable Path stateFile, Duration timeout, ReadOptions options) {
    Objects.requireNonNull(options, "options");
    if (timeout.isNegative() || timeout.isZero()) throw new harbinger.error.ConfigException("timeout must be positive but was " + timeout);
    return new FeedWatcher(feeds, stateFile == null ? WatchState.inMemory() : WatchState.load(stateFile), timeout, options);
  }

  /**
   * Polls every feed once and saves the state.
   *
   * @throws InputException if the state file cannot be written
   */
  public Poll poll() {
    List<ReadItem> items = new ArrayList<>();
    IdRegistry ids = IdRegistry.create();
    int notModified = 0;
    int failed = 0;
    int fresh = 0;
    for (URI feed : feeds) {
      int before = items.size();
      Outcome o = pollFeed(feed, items, ids);
      if (o == Outcome.NOT_MODIFIED) notModified++;
      else if (o == Outcome.FAILED) failed++;
      else fresh += items.size() - before;
    }
    try {
      state.save();
    } catch (IOException e) {
      throw new InputException("cannot write watch state: " + e.getMessage(), e);
    }
    return new Poll(items, feeds.size(), notModified, failed, fresh);
  }

  private enum Outcome { NOT_MODIFIED, FAILED, READ }

  private Outcome pollFeed(URI feed, List<ReadItem> items, IdRegistry ids) {
    String url = feed.toString();
    WatchState.Feed memory = state.feed(url);
    HttpFetcher.Fetched f;
    try {
      f = http.get(feed, memory.etag, memory.lastModified, MAX_FEED_BYTES);
    } catch (HttpFetcher.FetchFailure e) {
      items.add(new ReadItem.Unreadable(url, "feed " + e.getMessage()));
      return Outcome.FAILED;
    }
    if (f.status() == 304) return Outcome.NOT_MODIFIED;
    if (f.status() < 200 || f.status() > 299) {
      items.add(new ReadItem.Unreadable(url, "feed HTTP status " + f.status()));
      return Outcome.FAILED;
    }
    if (f.body() == null) {
      items.add(new ReadItem.Unreadable(url, "feed of " + f.size() + " bytes exceeds limit of " + MAX_FEED_BYTES + " bytes"));
      return Outcome.FAILED;
    }
    SyndFeed parsed;
    try {
      parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(f.body()), true));
    } catch (FeedException | IOException | RuntimeException e) { // Rome throws IllegalArgumentException for non-feeds
      items.add(new ReadItem.Unreadable(url, "feed is not RSS or Atom: " + shorten(e.getMessage())));
      return Outcome.FAILED;
    }
    memory.etag = f.etag();
    memory.lastModified = f.lastModified();
    List<SyndEntry> entries = parsed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String link = link(feed, entry);
      String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : link;
      if (key == null) {
        items.add(new ReadItem.Unreadable(url + "#item" + (i + 1), "feed item without link"));
        continue;
      }
      if (memory.seen(key)) continue;
      memory.markSeen(key);
      if (link == null) {
        items.add(new ReadItem.Unreadable(key, "feed item without link"));
        continue;
      }
      items.add(page(link, url, date(entry), ids));
    }
    return Outcome.READ;
  }

  private ReadItem page(String link, String feedUrl, @Nullable LocalDate itemDate, IdRegistry ids) {
    long cap = PageArticles.maxHtmlBytes(options);
    HttpFetcher.Fetched f;
    try {
      f = http.get(URI.create(link), null, null, cap);
    } catch (HttpFetcher.FetchFailure e) {
      return new ReadItem.Unreadable(link, "page " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new ReadItem.Unreadable(link, "bad URL: " + e.getMessage());
    }
    if (f.status() < 200 || f.status() > 299) return new ReadItem.Unreadable(link, "page HTTP status " + f.status());
    String type = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml+xml"))
      return new ReadItem.Unreadable(link, "not an HTML page (" + type.split(";")[0].strip() + ")");
    if (f.body() == null) return new ReadItem.Unreadable(link, "HTML of " + f.size() + " bytes exceeds limit of " + cap + " bytes");
    Page page = extractor.extract(f.body(), charset(type), f.finalUri().toString());
    return PageArticles.toItem(link, feedUrl, page, itemDate, options, ids);
  }

  private static @Nullable String link(URI feed, SyndEntry entry) {
    String link = entry.getLink();
    if (link == null || link.isBlank()) {
      String uri = entry.getUri();
      link = uri != null && uri.startsWith("http") ? uri : null;
    }
    if (link == null) return null;
    try {
      return feed.resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link.strip();
    }
  }

  private static @Nullable LocalDate date(SyndEntry entry) {
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static @Nullable String charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.startsWith("charset=")) return p.substring(8).replace("\"", "").strip();
    }
    return null;
  }

  private static String shorten(@Nullable String s) {
    if (s == null) return "unreadable";
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 200 ? one.substring(0, 200) + "..." : one;
  }
}
