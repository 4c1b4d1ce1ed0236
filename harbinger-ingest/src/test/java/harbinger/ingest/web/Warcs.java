package harbinger.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes WARC 1.0 records by hand, so tests control every header and can cut records short. */
final class Warcs {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int serial;

  Warcs warcinfo() {
    return record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8), "");
  }

  /** A response record with an HTTP message around {@code body}. */
  Warcs response(String uri, int status, String contentType, String body) { return response(uri, status, contentType, body, ""); }

  Warcs response(String uri, int status, String contentType, String body, String extraWarcHeaders) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
    return record("response", uri, "application/http; msgtype=response", concat(head.getBytes(StandardCharsets.ISO_8859_1), payload), extraWarcHeaders);
  }

  Warcs request(String uri) {
    return record("request", uri, "application/http; msgtype=request", ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), "");
  }

  private Warcs record(String type, String uri, String contentType, byte[] block, String extra) {
    serial++;
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d", serial)).append(">\r\n");
    h.append("WARC-Date: 2021-12-30T10:00:00Z\r\n");
    if (uri != null) h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    h.append(extra);
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    write(block);
    write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return this;
  }

  byte[] bytes() { return out.toByteArray(); }

  /** The file cut {@code n} bytes before its end. */
  byte[] cut(int n) {
    byte[] all = bytes();
    return java.util.Arrays.copyOf(all, all.length - n);
  }

  byte[] gzipped() {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
        gz.write(bytes());
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(byte[] b) { out.write(b, 0, b.length); }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
