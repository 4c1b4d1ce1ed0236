package harbinger.ingest;

import harbinger.error.ConfigException;
import harbinger.error.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from a file, a directory or a stream, as a lazy, ordered, sequential stream of
 * {@link ReadItem}s: one {@link ReadItem.Read} per article, one {@link ReadItem.Unreadable} (with a reason) per
 * input that is not an article. Bad input never throws out of the stream; the only exception is
 * {@link InputException} from {@code open} itself when the path does not exist or cannot be listed.
 *
 * <p><b>Formats.</b> Every format is a {@link FormatReader}. The static {@code open} methods read the core
 * formats ({@link #coreFormats()}); {@link #of(List)} makes a source over any set of readers (the
 * {@code harbinger-ingest} module adds HTML and WARC). The reader is chosen by file name suffix
 * (case-insensitive, longest suffix wins). The core formats:
 * <ul>
 *   <li>{@code .txt}, {@code .text}: one plain-text article per file. The article text is the whole file
 *       (byte-order mark removed, line endings normalised to {@code \n}); event offsets refer to that text. When
 *       the text has more than one paragraph (paragraphs are separated by blank lines) its first paragraph,
 *       trimmed, is also the {@code title}. The id is the file name without its extension.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: JSON Lines, one object per line,
 *       <code>{"id","text","title"?,"published"?,"url"?,"outlet"?}</code>; other fields are ignored. Blank lines
 *       are skipped; each bad line gives an item with id {@code file:line} and a reason starting {@code line N:}
 *       ({@code malformed JSON: ...}, {@code missing field text}, {@code text is not a string}, ...); the good
 *       lines around a bad one are still read. Without an id, the id is {@code url-<12 hex>} (SHA-1 of the url)
 *       or else {@code sha1-<12 hex>} (SHA-1 of the text). With a title, the article text is
 *       {@code title + "\n\n" + text} (unless the text already starts with the title), so the headline is
 *       paragraph 0 as in plain text. {@code published} may be an ISO 8601 date or date-time, of which the date
 *       as written is kept; a value that cannot be parsed is ignored with a note on the item (the article is
 *       kept, with {@link ReadOptions#published()} as its date).</li>
 *   <li>Any other extension: one {@code unsupported file type .pdf} item per file.</li>
 *   <li>A stream named {@code "-"} (standard input), or with none of the suffixes known, is read by the first
 *       reader that {@linkplain FormatReader#recognises recognises} its first bytes (JSON Lines when its first
 *       non-blank character is <code>{</code>), else as one plain-text article with id {@code stdin} (or the
 *       stream's name without extension).</li>
 * </ul>
 *
 * <p><b>Directories</b> are read recursively; every regular file counts, in path order for determinism.
 * Files and directories whose names start with a dot are ignored. Item ids and locations use the path
 * relative to the directory, with {@code /} separators.
 *
 * <p><b>Bad input</b> (each gives an {@link ReadItem.Unreadable} item): {@code empty file};
 * {@code whitespace-only text}; {@code binary content} (NUL bytes or many control bytes);
 * {@code not valid UTF-8 (byte 0x.. at offset N)} (Latin-1-looking text is instead decoded as windows-1252,
 * with a note on the item; see {@link TextDecoder}); {@code article of N bytes exceeds limit of M bytes}.
 *
 * <p><b>Ids are unique within one {@code open} call.</b> An article whose id was already read is not
 * returned a second time: it becomes an item with id {@code file:line} (JSON Lines) or its relative path
 * (plain text) and reason {@code duplicate id X (first seen at ...)}. Repeated records are usually the same
 * story fetched twice, and coding it twice would double its events; two different stories that share a file
 * name are reported by name, so the user can rename one. Nothing is dropped silently.
 *
 * <p><b>Resources.</b> The stream holds at most one file open at a time and reads it lazily, so a file of
 * any size can be read with memory bounded by one article. The caller must close the stream (use
 * try-with-resources): closing it closes the open file, or the given {@code InputStream}. A directory is
 * listed when {@code open} is called; the files are opened as the stream reaches them.
 *
 * <p>Thread-safety: instances are immutable and thread-safe; each returned stream must be consumed by one
 * thread at a time (it is sequential; do not make it parallel).
 */
public final class ArticleSources {
  private static final int SNIFF_LIMIT = 64 * 1024;
  private static final ArticleSources CORE = new ArticleSources(coreFormats());

  private final List<FormatReader> readers;
  private final Map<String, FormatReader> bySuffix;

  private ArticleSources(List<FormatReader> readers) {
    this.readers = List.copyOf(readers);
    Map<String, FormatReader> map = new LinkedHashMap<>();
    for (FormatReader r : this.readers) {
      for (String suffix : r.suffixes()) {
        String s = suffix.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.startsWith(".")) throw new ConfigException("format suffix must be non-empty and without a leading dot but was '" + suffix + "'");
        FormatReader before = map.putIfAbsent(s, r);
        if (before != null)
          throw new ConfigException("suffix ." + s + " is claimed by both " + before.getClass().getSimpleName() + " and " + r.getClass().getSimpleName());
      }
    }
    this.bySuffix = Map.copyOf(map);
  }

  /** The formats of this module: plain text and JSON Lines, in that order. */
  public static List<FormatReader> coreFormats() { return List.of(PlainTextFormat.INSTANCE, JsonLinesFormat.INSTANCE); }

  /**
   * A source over the given readers, consulted in order when a stream's format is guessed.
   *
   * @throws ConfigException if two readers claim the same suffix
   */
  public static ArticleSources of(List<FormatReader> readers) { return new ArticleSources(readers); }

  /** The readers of this source, in order. */
  public List<FormatReader> readers() { return readers; }

  /**
   * Opens a file or a directory (read recursively) in the core formats.
   *
   * @throws InputException if the path does not exist or a directory cannot be listed
   */
  public static Stream<ReadItem> open(Path fileOrDir, ReadOptions options) { return CORE.read(fileOrDir, options); }

  /** Reads a stream in the core formats; see {@link #read(String, InputStream, ReadOptions)}. */
  public static Stream<ReadItem> open(String name, InputStream in, ReadOptions options) { return CORE.read(name, in, options); }

  /**
   * Reads a file or a directory (read recursively).
   *
   * @throws InputException if the path does not exist or a directory cannot be listed
   */
  public Stream<ReadItem> read(Path fileOrDir, ReadOptions options) {
    Objects.requireNonNull(fileOrDir, "fileOrDir");
    Objects.requireNonNull(options, "options");
    if (!Files.exists(fileOrDir)) throw new InputException("no such file or directory: " + fileOrDir);
    IdRegistry ids = new IdRegistry();
    List<Supplier<ItemSource>> sources = new ArrayList<>();
    if (Files.isDirectory(fileOrDir)) {
      for (Listed entry : list(fileOrDir)) {
        Path file = entry.path();
        String name = fileOrDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        IOException failure = entry.failure();
        sources.add(failure == null ? () -> fileSource(file, name, options, ids)
                                    : () -> ItemSource.single(() -> new ReadItem.Unreadable(name, "cannot read: " + failure)));
      }
    } else {
      Path fileName = fileOrDir.getFileName();
      String name = fileName == null ? fileOrDir.toString() : fileName.toString();
      sources.add(() -> fileSource(fileOrDir, name, options, ids));
    }
    return stream(new ChainedSource(sources));
  }

  /**
   * Reads a stream, such as standard input (name {@code "-"}). A name ending in a known suffix selects the
   * format; otherwise the readers are asked in order whether they recognise its first bytes, and plain text is
   * the fallback. Closing the returned stream closes {@code in}.
   */
  public Stream<ReadItem> read(String name, InputStream in, ReadOptions options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    String display = name.equals("-") || name.isBlank() ? "stdin" : name;
    IdRegistry ids = new IdRegistry();
    Supplier<ItemSource> source = () -> {
      FormatReader known = readerFor(display);
      if (known != null) return known.read(new FormatReader.Input(display, in, -1, options, ids));
      BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_LIMIT + 8);
      byte[] head;
      try {
        head = head(buffered);
      } catch (IOException e) {
        PlainTextFormat.close(in);
        return ItemSource.single(() -> new ReadItem.Unreadable(display, "cannot read: " + e));
      }
      FormatReader chosen = null;
      for (FormatReader r : readers) {
        if (r.recognises(head)) {
          chosen = r;
          break;
        }
      }
      if (chosen == null) chosen = bySuffix.getOrDefault("txt", PlainTextFormat.INSTANCE);
      return chosen.read(new FormatReader.Input(display, buffered, -1, options, ids));
    };
    return stream(new ChainedSource(List.of(source)));
  }

  private static Stream<ReadItem> stream(ChainedSource source) {
    Spliterator<ReadItem> split = Spliterators.spliteratorUnknownSize(source, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(source::close);
  }

  private ItemSource fileSource(Path file, String name, ReadOptions options, IdRegistry ids) {
    FormatReader reader = readerFor(name);
    if (reader == null) {
      String ext = extension(name);
      String what = ext.isEmpty() ? "(no extension)" : "." + ext;
      return ItemSource.single(() -> new ReadItem.Unreadable(name, "unsupported file type " + what));
    }
    try {
      long size = Files.size(file);
      InputStream in = Files.newInputStream(file);
      return reader.read(new FormatReader.Input(name, in, size, options, ids));
    } catch (IOException e) {
      String id = reader == PlainTextFormat.INSTANCE ? stem(name) : name;
      String reason = e instanceof NoSuchFileException ? "file disappeared before it was read" : "cannot read: " + e;
      return ItemSource.single(() -> new ReadItem.Unreadable(id, reason));
    }
  }

  /**
   * The reader that a file of this name is read with (longest suffix claimed by a reader), or empty when
   * {@link #read(Path, ReadOptions)} would report the file as an unsupported type. For callers that open files
   * themselves (the Spark job) and must treat them as a directory read would.
   */
  public java.util.Optional<FormatReader> findReader(String name) { return java.util.Optional.ofNullable(readerFor(name)); }

  /** The reader of the longest suffix of {@code name}'s base name that some reader claims, or null. */
  @Nullable FormatReader readerFor(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    FormatReader best = null;
    int bestLength = 0;
    for (Map.Entry<String, FormatReader> e : bySuffix.entrySet()) {
      String suffix = e.getKey();
      if (suffix.length() > bestLength && base.length() > suffix.length() + 1 && base.endsWith("." + suffix)) {
        best = e.getValue();
        bestLength = suffix.length();
      }
    }
    return best;
  }

  /** A listed file, or an entry that could not be visited (an unreadable subdirectory) with the cause. */
  private record Listed(Path path, @Nullable IOException failure) {}

  /** Every regular, non-hidden file under {@code dir}, sorted by path; hidden directories are not entered. */
  private static List<Listed> list(Path dir) {
    List<Listed> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (!hidden(f) && Files.isRegularFile(f)) files.add(new Listed(f, null));
          return FileVisitResult.CONTINUE;
        }

        @Override public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
          if (f.equals(dir)) throw e;
          if (!hidden(f)) files.add(new Listed(f, e)); // reported as unreadable when reached
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new InputException("cannot list directory " + dir + ": " + e.getMessage(), e);
    }
    files.sort(java.util.Comparator.comparing(Listed::path));
    return files;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Up to 64 KiB of the stream's start without a UTF-8 BOM and leading whitespace; resets the stream. */
  private static byte[] head(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_LIMIT + 4);
    try {
      byte[] head = in.readNBytes(SNIFF_LIMIT);
      int i = TextDecoder.hasUtf8Bom(head, head.length) ? 3 : 0;
      while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r' || head[i] == '\f')) i++;
      return java.util.Arrays.copyOfRange(head, i, head.length);
    } finally {
      in.reset();
    }
  }

  /** The last extension of {@code name}, lower case, or "" ({@code unsupported file type .pdf} messages). */
  public static String extension(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without directory and extension; the whole name when that would be blank. */
  static String stem(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    String stem = dot <= 0 ? base : base.substring(0, dot);
    return stem.isBlank() ? (base.isBlank() ? name : base) : stem;
  }
}
