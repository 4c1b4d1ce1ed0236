package harbinger.ingest;

import java.io.InputStream;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one input format (plain text, JSON Lines, HTML, WARC, ...) into {@link ReadItem}s. Every format goes
 * through this one interface; {@link ArticleSources} picks the reader by file name suffix, or, for a stream
 * without a known suffix, by asking each reader whether it {@linkplain #recognises recognises} the first bytes.
 *
 * <p>Contract: {@link #read} never throws for bad input; each input that is not an article (or each bad record
 * of a multi-record input) becomes a {@link ReadItem.Unreadable} with a reason. The returned source owns the
 * stream and closes it. A reader claims each article id in {@link Input#ids()} before returning the article,
 * and returns an {@link ReadItem.Unreadable} with the claim's reason when the id was already read.
 * Implementations are stateless and thread-safe; the returned sources are not.
 */
public interface FormatReader {
  /**
   * File name suffixes this reader handles, lower case, without the leading dot ({@code "txt"},
   * {@code "warc.gz"}). The longest matching suffix over all readers wins.
   */
  Set<String> suffixes();

  /**
   * Whether a stream without a known suffix is in this format. {@code head} is up to 64 KiB of its start with a
   * UTF-8 byte-order mark and leading whitespace removed (it may be empty). The first reader in order that
   * recognises the stream reads it; plain text is the fallback.
   */
  default boolean recognises(byte[] head) { return false; }

  /** The items of one input. */
  ItemSource read(Input input);

  /**
   * One input to read.
   *
   * @param name the input's name as shown to the user: the path relative to the directory being read (with
   *     {@code /} separators), the file name, or {@code stdin}
   * @param stream its bytes; the reader's source closes it
   * @param size its size in bytes, or -1 when it is a stream of unknown length
   * @param options the run's options
   * @param ids the run's id registry
   */
  record Input(String name, InputStream stream, long size, ReadOptions options, IdRegistry ids) {
    public Input {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(ids, "ids");
    }

    /** Whether this input is a file (its size is known). */
    public boolean isFile() { return size >= 0; }

    /** Reason for an input of zero bytes: {@code empty file} or {@code empty input}. */
    public String emptyReason() { return isFile() ? "empty file" : "empty input"; }

    /** The name without directories and without its last extension; the whole base name when that is blank. */
    public String stem() { return ArticleSources.stem(name); }
  }
}
