package harbinger.ingest.web;

import harbinger.ingest.FormatReader;
import harbinger.ingest.ItemSource;
import harbinger.ingest.RecordSource;
import harbinger.ingest.ReadItem;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * {@code .warc}, {@code .warc.gz} (jwarc; gzip is detected from the bytes): each {@code response} record whose
 * HTTP payload is {@code text/html} or {@code application/xhtml+xml} becomes one article through
 * {@link HtmlExtractor#standard()} and {@link PageArticles}. Records are read lazily, one at a time.
 *
 * <ul>
 *   <li>Id: the record's {@code WARC-Target-URI} (which is also the article's url unless the page names a
 *       canonical one), else its {@code WARC-Record-ID}. A page captured twice is reported as a duplicate
 *       id.</li>
 *   <li>Date: the page's own metadata, else the capture date ({@code WARC-Date}, in UTC), else
 *       {@link harbinger.ingest.ReadOptions#published()}.</li>
 *   <li>Passed over without an item, as they are not articles: {@code warcinfo}, {@code request},
 *       {@code metadata}, {@code revisit} and other record types, and responses with other payload types
 *       (images, scripts, styles).</li>
 *   <li>Items with a reason: HTML responses with a status other than 2xx ({@code HTTP status 404}); records
 *       marked {@code WARC-Truncated} or whose block ends before its {@code Content-Length}
 *       ({@code truncated WARC record ...}); pages over the HTML size limit; pages without article text. A
 *       file that is not WARC, or is corrupt past some record, ends with one item naming the record number
 *       where reading stopped; the records before it are kept.</li>
 * </ul>
 * Recognises streams that start with {@code WARC/} or with the gzip magic bytes. Stateless.
 */
final class WarcFormat implements FormatReader {
  static final WarcFormat INSTANCE = new WarcFormat();

  private WarcFormat() {}

  @Override public Set<String> suffixes() { return Set.of("warc", "warc.gz"); }

  @Override public boolean recognises(byte[] head) {
    return head.length >= 5 && head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C' && head[4] == '/'
        || head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  @Override public ItemSource read(Input input) { return new Records(input); }

  /** The items of one WARC file. Not thread-safe. */
  private static final class Records extends RecordSource {
    private final Input input;
    private @Nullable WarcReader reader;
    private boolean started;
    private int records;
    private boolean atEnd;

    Records(Input input) { this.input = input; }

    @Override protected @Nullable ReadItem advance() {
      String name = input.name();
      try {
        if (!started) {
          started = true;
          if (input.isFile() && input.size() == 0) {
            finish();
            return new ReadItem.Unreadable(name, input.emptyReason());
          }
          reader = new WarcReader(input.stream());
        }
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          finish();
          return records == 0 ? new ReadItem.Unreadable(name, "no WARC records") : null;
        }
        records++;
        ReadItem item = record.get() instanceof WarcResponse response ? item(response) : null;
        if (atEnd) finish(); // the file ended inside this record: nothing follows it
        return item;
      } catch (IOException | RuntimeException e) { // jwarc reports bad syntax as ParsingException (unchecked)
        finish();
        String what = e instanceof EOFException ? "file ends inside a record" : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new ReadItem.Unreadable(name + "#" + (records + 1),
            (records == 0 ? "not a WARC file or corrupt at its first record: " : "WARC read stopped at record " + (records + 1) + ": ") + what);
      }
    }

    private @Nullable ReadItem item(WarcResponse response) throws IOException {
      String target = response.target();
      String id = target != null && !target.isBlank() ? target : response.id().toString();
      MediaType type;
      HttpResponse http;
      try {
        http = response.http();
        type = http.contentType().base();
      } catch (IOException | RuntimeException e) {
        if (!isHtmlType(response.headers().first("Content-Type").orElse(""))) return null;
        return new ReadItem.Unreadable(id, "truncated WARC record (HTTP header unreadable: " + e.getMessage() + ")");
      }
      if (!isHtmlType(type.toString())) return null;
      if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED)
        return new ReadItem.Unreadable(id, "truncated WARC record (WARC-Truncated: " + response.truncated().name().toLowerCase(java.util.Locale.ROOT) + ")");
      if (http.status() < 200 || http.status() > 299) return new ReadItem.Unreadable(id, "HTTP status " + http.status());
      long cap = PageArticles.maxHtmlBytes(input.options());
      byte[] bytes;
      try {
        InputStream body = http.bodyDecoded().stream();
        bytes = body.readNBytes((int) cap + 1);
      } catch (EOFException e) {
        atEnd = true;
        return new ReadItem.Unreadable(id, "truncated WARC record (file ends before its Content-Length)");
      }
      if (bytes.length > cap) return HtmlFormat.tooLarge(id, http.body().size(), cap);
      if (bytes.length == 0) return new ReadItem.Unreadable(id, "empty HTTP body");
      String charset = http.contentType().parameters().get("charset");
      Page page = HtmlExtractor.standard().extract(bytes, charset, target);
      LocalDate captured = response.date() == null ? null : response.date().atZone(ZoneOffset.UTC).toLocalDate();
      return PageArticles.toItem(id, input.name() + "#" + records, page, captured, input.options(), input.ids());
    }

    private static boolean isHtmlType(String type) {
      String t = type.toLowerCase(java.util.Locale.ROOT);
      return t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
    }

    @Override protected void release() throws IOException {
      if (reader != null) reader.close();
      else input.stream().close();
    }
  }
}
