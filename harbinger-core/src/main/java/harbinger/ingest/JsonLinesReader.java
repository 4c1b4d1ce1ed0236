package harbinger.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines lazily, one record per non-blank line, through {@link JsonRecord}. Memory is bounded by one
 * line of at most {@code 2 * maxBytes + 64 KiB} bytes (room for JSON escapes and metadata around a text of
 * {@code maxBytes}); longer lines are skipped without being held. Bad lines become
 * {@link ReadItem.Unreadable} items with id {@code file:line}; the good lines around them are still read.
 * A file whose first 8 KiB look binary yields one {@code binary content} item rather than one error per
 * "line". Owns and closes its stream. Not thread-safe.
 */
final class JsonLinesReader extends RecordSource {
  private static final int SNIFF_BYTES = 8 * 1024;
  private static final int SLACK = 64 * 1024;

  private final String file;
  private final InputStream in;
  private final ReadOptions options;
  private final IdRegistry ids;
  private final String emptyReason;
  private @Nullable LineReader lines;
  private int lineCap;
  private boolean started;
  private int records;
  private int lastLine;

  /**
   * @param file name used in item ids ({@code file:line}) and in whole-file items
   * @param emptyReason reason for a zero-byte input ("empty file", "empty input")
   */
  JsonLinesReader(String file, InputStream in, ReadOptions options, IdRegistry ids, String emptyReason) {
    this.file = file;
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, SNIFF_BYTES * 2);
    this.options = options;
    this.ids = ids;
    this.emptyReason = emptyReason;
  }

  @Override protected @Nullable ReadItem advance() {
    try {
      if (!started) {
        started = true;
        ReadItem whole = sniff();
        if (whole != null) {
          finish();
          return whole;
        }
      }
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        lastLine = line.number();
        if (line.isBlank()) continue;
        records++;
        return read(line);
      }
      finish();
      return records == 0 ? new ReadItem.Unreadable(file, "whitespace-only text") : null;
    } catch (IOException e) {
      finish();
      return new ReadItem.Unreadable(file, "read error after line " + lastLine + ": " + e);
    }
  }

  /** Checks the start of the input; returns a whole-file item when the input is empty or binary. */
  private @Nullable ReadItem sniff() throws IOException {
    in.mark(SNIFF_BYTES + 1);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    if (head.length == 0) return new ReadItem.Unreadable(file, emptyReason);
    int from = TextDecoder.hasUtf8Bom(head, head.length) ? 3 : 0;
    if (TextDecoder.looksBinary(head, from, head.length)) return new ReadItem.Unreadable(file, "binary content");
    if (from > 0) in.skipNBytes(3);
    lineCap = (int) Math.min(2 * options.maxBytes() + SLACK, Integer.MAX_VALUE - 16L);
    lines = new LineReader(in, lineCap);
    return null;
  }

  private ReadItem read(LineReader.Line line) {
    String where = file + ":" + line.number();
    String prefix = "line " + line.number() + ": ";
    byte[] bytes = line.bytes();
    if (bytes == null)
      return new ReadItem.Unreadable(where, prefix + "record of " + line.length() + " bytes exceeds limit of "
          + lineCap + " bytes");
    TextDecoder.Result r = TextDecoder.decode(bytes);
    if (r instanceof TextDecoder.Rejected rejected) return new ReadItem.Unreadable(where, prefix + rejected.reason());
    TextDecoder.Text text = (TextDecoder.Text) r;
    return JsonRecord.parse(text.text(), file, line.number(), options, ids, text.note());
  }

  @Override protected void release() throws IOException { in.close(); }
}
