package harbinger.nlp;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An annotator that keeps every annotation it makes as a {@code <key>.json} file ({@link AnnotatedDocJson}) in
 * a folder and reads it back instead of annotating the same article again. The key is a SHA-256 of the
 * annotator's fingerprint and every field of the article the annotator reads (id, title, text, publication
 * date), so a changed article or a changed NLP stage misses the cache. The real annotator is built only on the
 * first miss: a run whose parses are all cached never loads its models. A cache file that cannot be read
 * (truncated, older format) counts as a miss and is written again. Files are written to a temporary name and
 * moved into place, so concurrent runs never read half a file. Thread-safe.
 */
public final class ParseCache implements NlpAnnotator {
  private final Supplier<NlpAnnotator> inner;
  private final Path dir;
  private final String fingerprint;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private NlpAnnotator annotator;

  /**
   * @param inner builds the real annotator; called at most once, on the first miss
   * @param dir the cache folder, created when missing
   * @param fingerprint identifies the real annotator's behaviour (its code and settings)
   */
  public ParseCache(Supplier<NlpAnnotator> inner, Path dir, String fingerprint) {
    this.inner = inner;
    this.dir = dir;
    this.fingerprint = fingerprint;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the parse cache folder " + dir, e);
    }
  }

  @Override public AnnotatedDoc annotate(Article article) {
    Path file = dir.resolve(key(article) + ".json");
    if (Files.isRegularFile(file)) {
      try {
        AnnotatedDoc cached = AnnotatedDocJson.read(Files.readString(file, StandardCharsets.UTF_8));
        if (sameInput(cached.article(), article)) {
          hits.incrementAndGet();
          return new AnnotatedDoc(article, cached.sentences());
        }
      } catch (IOException | RuntimeException unreadable) {
        // a miss: annotated again and written over below
      }
    }
    misses.incrementAndGet();
    AnnotatedDoc doc = annotator().annotate(article);
    write(file, doc);
    return doc;
  }

  /** Annotations read from the cache so far. */
  public int hits() { return hits.get(); }

  /** Annotations made by the real annotator so far. */
  public int misses() { return misses.get(); }

  private synchronized NlpAnnotator annotator() {
    if (annotator == null) annotator = inner.get();
    return annotator;
  }

  private static boolean sameInput(Article cached, Article a) {
    return cached.id().equals(a.id()) && cached.text().equals(a.text())
        && Objects.equals(cached.title(), a.title()) && Objects.equals(cached.published(), a.published());
  }

  String key(Article a) {
    StringBuilder s = new StringBuilder(fingerprint).append('\u0000').append(a.id()).append('\u0000')
        .append(a.title()).append('\u0000').append(a.published()).append('\u0000').append(a.text());
    return sha256(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void write(Path file, AnnotatedDoc doc) {
    try {
      Path tmp = Files.createTempFile(dir, "parse-", ".tmp");
      Files.writeString(tmp, AnnotatedDocJson.write(doc), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parse cache file " + file, e);
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
