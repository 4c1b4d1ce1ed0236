package harbinger.ingest;

import harbinger.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one plain-text article: the whole input is the article text, and when the text has more than one
 * paragraph (paragraphs are separated by blank lines) the first paragraph is also the {@code title}.
 * Stateless and thread-safe.
 */
final class PlainTextReader {
  private PlainTextReader() {}

  /**
   * Reads the rest of {@code in} as one article. The size limit applies twice: to the input bytes (checked
   * before decoding, so an oversized input is never held) and to the decoded text in UTF-8 (which can be
   * larger than the input when windows-1252 is decoded). Never holds more than {@code maxBytes + 1} bytes: a longer
   * input is drained and counted so the reason can give its size.
   *
   * @param id the article id (file name without extension, or "stdin")
   * @param where location for duplicate-id messages (path as the user gave it)
   */
  static ReadItem read(String id, String where, InputStream in, ReadOptions options, IdRegistry ids,
                       String emptyReason) throws IOException {
    int cap = (int) options.maxBytes();
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      long total = bytes.length;
      long skipped;
      byte[] sink = new byte[64 * 1024];
      while ((skipped = in.read(sink)) >= 0) total += skipped;
      return tooLarge(id, total, options);
    }
    return fromBytes(id, where, bytes, options, ids, emptyReason);
  }

  static ReadItem tooLarge(String id, long size, ReadOptions options) {
    return new ReadItem.Unreadable(id, ArticleItems.tooLarge(size, options));
  }

  static ReadItem fromBytes(String id, String where, byte[] bytes, ReadOptions options, IdRegistry ids,
                            String emptyReason) {
    if (bytes.length == 0) return new ReadItem.Unreadable(id, emptyReason);
    TextDecoder.Result r = TextDecoder.decode(bytes);
    if (r instanceof TextDecoder.Rejected rejected) return new ReadItem.Unreadable(id, rejected.reason());
    TextDecoder.Text decoded = (TextDecoder.Text) r;
    String text = decoded.text();
    if (text.isEmpty()) return new ReadItem.Unreadable(id, emptyReason);
    if (TextDecoder.isBlank(text)) return new ReadItem.Unreadable(id, "whitespace-only text");
    List<String> notes = new ArrayList<>();
    if (decoded.note() != null) notes.add(decoded.note());
    // the size is checked again in UTF-8: a legacy encoding may have grown
    return ArticleItems.toItem(new Article(id, headline(text), text, null, null, null), ArticleItems.Origin.of(id, where),
        options, ids, notes);
  }

  /**
   * The first paragraph, trimmed, when a blank line follows it and some text follows that; else null.
   * A blank line is a line containing only whitespace.
   */
  static @Nullable String headline(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
    int lineStart = start;
    while (lineStart < text.length()) {
      int nl = text.indexOf('\n', lineStart);
      if (nl < 0) return null;
      int next = nl + 1;
      int nextEnd = text.indexOf('\n', next);
      if (nextEnd >= 0 && TextDecoder.isBlank(text.substring(next, nextEnd))) {
        if (TextDecoder.isBlank(text.substring(nextEnd))) return null;
        return text.substring(start, nl).strip();
      }
      lineStart = next;
    }
    return null;
  }
}
