package harbinger.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.ingest.web.Pages;
import harbinger.model.Article;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final String HTML = "text/html; charset=utf-8";
  @TempDir Path dir;
  private FeedServer server;
  private Path state;

  @BeforeEach
  void start() throws IOException {
    server = new FeedServer();
    state = dir.resolve("watch-state.json");
    server.serve("/rss.xml", new FeedServer.Answer(200, "application/rss+xml", rss("a", "gone"), "\"v1\"", null, 0));
    server.serve("/atom.xml", new FeedServer.Answer(200, "application/atom+xml", atom(), null, "Wed, 29 Dec 2021 10:00:00 GMT", 0));
    server.serve("/slow.xml", new FeedServer.Answer(200, "application/rss+xml", rss(), null, null, 2_000));
    server.serve("/garbage.xml", FeedServer.Answer.ok("application/rss+xml", "\u0000\u0001 this is { not a feed"));
    server.serve("/a.html", FeedServer.Answer.ok(HTML, Pages.news("<meta property='og:site_name' content='The Daily Example'>")));
    server.serve("/b.html", FeedServer.Answer.ok(HTML, Pages.news("")));
    server.serve("/c.html", FeedServer.Answer.ok(HTML, Pages.news("")));
    server.serve("/report.pdf", FeedServer.Answer.ok("application/pdf", "%PDF-1.7"));
  }

  @AfterEach
  void stop() { server.close(); }

  private String rss(String... slugs) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example</title>"
        + "<link>" + server.url("/") + "</link><description>News</description>");
    for (String s : slugs) {
      b.append("<item><title>Story ").append(s).append("</title><link>").append(server.url("/" + s + ".html"))
          .append("</link><guid isPermaLink=\"false\">guid-").append(s).append("</guid>")
          .append("<pubDate>Thu, 30 Dec 2021 10:00:00 GMT</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private static String atom() {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom</title>"
        + "<id>urn:feed</id><updated>2021-12-29T10:00:00Z</updated>"
        + "<entry><title>B</title><id>urn:b</id><link href=\"/b.html\"/><updated>2021-12-28T23:00:00Z</updated></entry>"
        + "<entry><title>Report</title><id>urn:pdf</id><link href=\"/report.pdf\"/><updated>2021-12-28T23:00:00Z</updated></entry>"
        + "</feed>";
  }

  private List<URI> feeds(String... paths) {
    return java.util.Arrays.stream(paths).map(p -> URI.create(server.url(p))).toList();
  }

  private FeedWatcher watcher() {
    return FeedWatcher.create(feeds("/rss.xml", "/atom.xml", "/slow.xml", "/garbage.xml"), state, TIMEOUT,
        ReadOptions.defaults().withPublished(LocalDate.of(2000, 1, 1)));
  }

  private static Map<String, ReadItem> byId(FeedWatcher.Poll poll) {
    return poll.items().stream().collect(Collectors.toMap(ReadItem::id, Function.identity()));
  }

  private static String reason(ReadItem item) { return assertInstanceOf(ReadItem.Unreadable.class, item, item::toString).reason(); }

  @Test
  void firstPollReadsEveryItemAndRecordsBadFeedsWithoutStopping() {
    FeedWatcher.Poll poll = watcher().poll();
    Map<String, ReadItem> items = byId(poll);
    assertEquals(4, poll.feeds());
    assertEquals(2, poll.failedFeeds(), poll::toString);
    assertEquals(4, poll.newItems(), poll::toString);
    Article a = assertInstanceOf(ReadItem.Read.class, items.get(server.url("/a.html"))).article();
    assertEquals("Ministers agree to reopen border crossings", a.title());
    assertEquals("The Daily Example", a.outlet());
    assertEquals(LocalDate.of(2021, 12, 30), a.published(), "the item's pubDate when the page has none");
    Article b = assertInstanceOf(ReadItem.Read.class, items.get(server.url("/b.html"))).article();
    assertEquals(LocalDate.of(2021, 12, 28), b.published(), "Atom updated date in UTC");
    assertEquals("page HTTP status 404", reason(items.get(server.url("/gone.html"))));
    assertEquals("not an HTML page (application/pdf)", reason(items.get(server.url("/report.pdf"))));
    assertEquals("feed timed out after 0.5 s", reason(items.get(server.url("/slow.xml"))));
    assertTrue(reason(items.get(server.url("/garbage.xml"))).startsWith("feed is not RSS or Atom: "), items::toString);
  }

  @Test
  void laterPollsUseConditionalGetAndFetchNothingTwiceAlsoAfterARestart() {
    watcher().poll();
    FeedWatcher.Poll again = watcher().poll(); // a new watcher: state comes from the file
    assertEquals(2, again.notModified(), again::toString);
    assertEquals(0, again.newItems());
    assertEquals(1, server.count("/rss.xml 304"));
    assertEquals(1, server.count("/atom.xml 304"));
    assertEquals(1, server.count("/a.html 200"));

    server.serve("/rss.xml", new FeedServer.Answer(200, "application/rss+xml", rss("c", "a", "gone"), "\"v2\"", null, 0));
    FeedWatcher.Poll third = watcher().poll();
    assertEquals(1, third.newItems(), third::toString);
    assertEquals(List.of(server.url("/c.html")),
        third.items().stream().filter(i -> i instanceof ReadItem.Read).map(ReadItem::id).toList());
    assertEquals(1, server.count("/a.html 200"));
    assertEquals(1, server.count("/gone.html 404"), "a failed page is reported once, not retried");
  }

  @Test
  void stateFileThatIsNotOneStopsTheWatcherAtStart() throws IOException {
    Files.writeString(state, "[1,2,3]");
    ConfigException e = assertThrows(ConfigException.class, this::watcher);
    assertTrue(e.getMessage().contains("not a watch state file"), e.getMessage());
  }

  @Test
  void feedListNamesTheBadLine() throws IOException {
    Path list = Files.writeString(dir.resolve("feeds.txt"), "# news\n" + server.url("/rss.xml") + "  main feed\n\nftp://x/feed\n");
    ConfigException e = assertThrows(ConfigException.class, () -> FeedList.read(list));
    assertTrue(e.getMessage().endsWith("feeds.txt:4: feed URL must be absolute http or https but was ftp://x/feed"), e.getMessage());
    Files.writeString(list, "# news\n" + server.url("/rss.xml") + "  main feed\n");
    assertEquals(feeds("/rss.xml"), FeedList.read(list));
  }
}
