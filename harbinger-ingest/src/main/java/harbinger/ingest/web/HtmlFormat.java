package harbinger.ingest.web;

import harbinger.ingest.FormatReader;
import harbinger.ingest.ItemSource;
import harbinger.ingest.ReadItem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * {@code .html}, {@code .htm}: one web page per file, extracted by {@link HtmlExtractor#standard()} and turned
 * into an article by {@link PageArticles}. The id is the path relative to the directory read, without the
 * extension ({@code 2021/12/talks}; saved sites have many {@code index.html} files, so the base name alone would
 * not do). The character set comes from a byte-order mark or the page's {@code <meta charset>}, else UTF-8.
 * Recognises streams that start with {@code <!doctype html} or {@code <html}. Stateless.
 */
final class HtmlFormat implements FormatReader {
  static final HtmlFormat INSTANCE = new HtmlFormat();

  private HtmlFormat() {}

  @Override public Set<String> suffixes() { return Set.of("html", "htm"); }

  @Override public boolean recognises(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  @Override public ItemSource read(Input input) {
    String name = input.name();
    int dot = name.lastIndexOf('.');
    String id = dot > name.lastIndexOf('/') + 1 ? name.substring(0, dot) : name;
    if (input.isFile() && input.size() == 0) return closed(input, new ReadItem.Unreadable(id, input.emptyReason()));
    long cap = PageArticles.maxHtmlBytes(input.options());
    if (input.size() > cap) return closed(input, tooLarge(id, input.size(), cap));
    return ItemSource.single(() -> {
      try (InputStream in = input.stream()) {
        byte[] bytes = in.readNBytes((int) cap + 1);
        if (bytes.length > cap) return tooLarge(id, bytes.length + drain(in), cap);
        if (bytes.length == 0) return new ReadItem.Unreadable(id, input.emptyReason());
        if (hasNul(bytes)) return new ReadItem.Unreadable(id, "binary content");
        Page page = HtmlExtractor.standard().extract(bytes, null, null);
        return PageArticles.toItem(id, name, page, null, input.options(), input.ids());
      } catch (IOException e) {
        return new ReadItem.Unreadable(id, "cannot read: " + e);
      }
    });
  }

  static ReadItem tooLarge(String id, long size, long cap) {
    return new ReadItem.Unreadable(id, "HTML of " + size + " bytes exceeds limit of " + cap + " bytes");
  }

  /** A NUL byte in the first 8 KiB of a page not marked as UTF-16 by a byte-order mark. */
  static boolean hasNul(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) return false;
    for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) if (bytes[i] == 0) return true;
    return false;
  }

  private static long drain(InputStream in) throws IOException {
    long n = 0;
    byte[] sink = new byte[65536];
    int r;
    while ((r = in.read(sink)) >= 0) n += r;
    return n;
  }

  private static ItemSource closed(Input input, ReadItem item) {
    try {
      input.stream().close();
    } catch (IOException e) {
      // nothing was read; a failed close of an input loses nothing
    }
    return ItemSource.single(() -> item);
  }
}
