package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import harbinger.ingest.lang.LinguaLanguageCheck;
import harbinger.model.AnnotatedDoc;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The watch command end to end on a loopback feed server, with the real reader, language check and coder; the
 * annotator finds no sentences (CoreNLP is exercised by the integration tests), so no events are expected.
 */
class WatchCommandTest {
  private static final String ENGLISH = "<p>The foreign ministers of two neighbouring states met in the capital on Tuesday to "
      + "discuss the reopening of border crossings that were closed during the dispute last year.</p><p>Officials said "
      + "the talks lasted four hours and ended with an agreement to set up a joint commission.</p>";
  private static final String FRENCH = "<p>Les ministres des affaires étrangères de deux pays voisins se sont réunis mardi "
      + "dans la capitale pour discuter de la réouverture des postes frontières fermés pendant le conflit.</p><p>Les "
      + "responsables ont déclaré que les discussions avaient duré quatre heures et abouti à un accord.</p>";
  @TempDir Path dir;
  private HttpServer server;
  private Map<String, String> pages;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String body = pages.get(ex.getRequestURI().getPath());
      try (ex) {
        if (body == null) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("<?xml") ? "application/rss+xml" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    pages = Map.of(
        "/rss.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + base + "/</link>"
            + "<description>D</description>"
            + "<item><title>E</title><link>" + base + "/en.html</link><guid>en</guid></item>"
            + "<item><title>F</title><link>" + base + "/fr.html</link><guid>fr</guid></item></channel></rss>",
        "/en.html", "<html><body><article><h1>Ministers meet on border crossings</h1>" + ENGLISH + "</article></body></html>",
        "/fr.html", "<html><body><article><h1>Les ministres se réunissent</h1>" + FRENCH + "</article></body></html>");
    Files.writeString(dir.resolve("feeds.txt"), base + "/rss.xml\n");
  }

  @AfterEach
  void stop() { server.stop(0); }

  private record Run(int exit, String out, String err) {}

  private Run watch(String... args) {
    Engine engine = new Engine(() -> article -> new AnnotatedDoc(article, List.of()), LinguaLanguageCheck.create());
    CommandLine cl = HarbingerCli.commandLine(engine);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "watch";
    all[1] = dir.resolve("feeds.txt").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new Run(cl.execute(all), out.toString(), err.toString());
  }

  @Test
  void codesNewItemsOnceAndCountsNonEnglishAsSkipped() {
    Run first = watch("--once");
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 2 new items: 1 coded, 0 events, 1 skipped"), first.err());
    assertTrue(first.err().contains("fr.html [language]: not English (French)"), first.err());
    assertTrue(Files.exists(dir.resolve("feeds.txt.state.json")));
    Run second = watch("--once");
    assertTrue(second.err().startsWith("poll 1: 1 feeds (0 not modified, 0 failed), 0 new items: 0 coded"), second.err());
  }

  @Test
  void dbWithoutTheStoreModuleIsAConfigurationError() {
    Run r = watch("--once", "--db", dir.resolve("events.duckdb").toString());
    assertEquals(78, r.exit());
    assertTrue(r.err().contains("--db needs the event store module"), r.err());
  }

  @Test
  void badIntervalIsAUsageError() {
    Run r = watch("--interval", "soon");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("duration must look like 30s"), r.err());
  }
}
