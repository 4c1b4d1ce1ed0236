package harbinger.spark;

import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.ingest.web.WebFormats;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.input.PortableDataStream;

/**
 * Reads one input file on an executor with the CLI's readers ({@link WebFormats#all()}), as a directory read
 * would: the format by suffix, an unsupported suffix as one {@code unsupported file type} item, names relative
 * to the input root. Ids are unique within a file; a repeat across files is not detected (that would need a
 * shuffle of all ids), unlike a CLI run over a directory. Stateless.
 */
final class FileReading {
  private FileReading() {}

  /**
   * @param root the input path as given (a directory or a file), as a URI string
   * @param file the file's URI string
   */
  static List<ArticleRow> read(String root, String file, PortableDataStream data, ReadOptions options) {
    String name = relativeName(root, file);
    ArticleSources sources = WebFormats.all();
    List<ArticleRow> rows = new ArrayList<>();
    if (sources.findReader(name).isEmpty()) {
      String ext = ArticleSources.extension(name);
      rows.add(ArticleRow.of(new ReadItem.Unreadable(name, "unsupported file type " + (ext.isEmpty() ? "(no extension)" : "." + ext))));
      return rows;
    }
    InputStream in;
    try {
      in = data.open();
    } catch (RuntimeException e) {
      rows.add(ArticleRow.of(new ReadItem.Unreadable(name, "cannot read: " + e)));
      return rows;
    }
    try (var items = sources.read(name, in, options)) {
      items.forEach(i -> rows.add(ArticleRow.of(i)));
    }
    try {
      in.close();
    } catch (IOException e) {
      // everything was read
    }
    return rows;
  }

  /** {@code file} relative to {@code root} with {@code /} separators; the base name when root is the file. */
  static String relativeName(String root, String file) {
    String r = strip(root);
    String f = strip(file);
    if (f.startsWith(r + "/")) return f.substring(r.length() + 1);
    return f.substring(f.lastIndexOf('/') + 1);
  }

  /** Drops the scheme and authority ({@code file:}, {@code hdfs://host:port}) and a trailing slash. */
  private static String strip(String uri) {
    String s = uri.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:(//[^/]*)?", "");
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
