package harbinger.server.memory;

import harbinger.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recognises an article already stored: same id, same url, or same text once case, punctuation and spacing are
 * ignored (the store's exact-copy rule). Not thread-safe: the store guards it with its lock.
 */
final class Duplicates {
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  /** {@code "same id|url|text as ID"}, or null when the article is new. */
  @Nullable String find(Article a) {
    if (ids.containsKey(a.id())) return "same id as " + a.id();
    if (a.url() != null && urls.containsKey(a.url())) return "same url as " + urls.get(a.url());
    String t = texts.get(hash(a.text()));
    return t == null ? null : "same text as " + t;
  }

  void remember(Article a) {
    ids.put(a.id(), a.id());
    if (a.url() != null) urls.put(a.url(), a.id());
    texts.put(hash(a.text()), a.id());
  }

  static String hash(String text) {
    String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
