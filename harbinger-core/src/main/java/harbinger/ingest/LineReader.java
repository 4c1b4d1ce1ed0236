package harbinger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped) without ever holding more
 * than {@code maxLineBytes} of one line in memory: the rest of a longer line is skipped and only counted.
 * Not thread-safe; does not close the stream.
 */
final class LineReader {
  /**
   * One line.
   *
   * @param number 1-based line number
   * @param bytes the line without its terminator, or null when it was longer than the limit
   * @param length the full length of the line in bytes, also when {@code bytes} is null
   */
  record Line(int number, byte @Nullable [] bytes, long length) {
    boolean isBlank() {
      if (bytes == null) return false;
      for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\r' && b != '\f') return false;
      return true;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private int lineNumber;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    if (eof && pos >= limit) return null;
    byte[] line = new byte[Math.min(maxLineBytes, 256)];
    int n = 0;
    long length = 0;
    boolean overflow = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (length == 0) return null;
        break;
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') pos++;
      int chunk = pos - start;
      length += chunk;
      if (!overflow) {
        if (n + (long) chunk > maxLineBytes) {
          overflow = true;
        } else {
          if (n + chunk > line.length) line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(2L * line.length, n + chunk)));
          System.arraycopy(buf, start, line, n, chunk);
          n += chunk;
        }
      }
      if (pos < limit) { // at '\n'
        pos++;
        break;
      }
    }
    lineNumber++;
    if (overflow) return new Line(lineNumber, null, length);
    if (n > 0 && line[n - 1] == '\r') n--;
    return new Line(lineNumber, Arrays.copyOf(line, n), length);
  }

  private boolean fill() throws IOException {
    if (eof) return false;
    int r = in.read(buf, 0, buf.length);
    while (r == 0) r = in.read(buf, 0, buf.length);
    if (r < 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = r;
    return true;
  }
}
