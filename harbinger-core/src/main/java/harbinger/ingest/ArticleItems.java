package harbinger.ingest;

import harbinger.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * The last step of every reader, with the same rules for every format (plain text, JSON Lines, HTML, WARC records,
 * feed items): a record that has become an {@link Article} is turned into a {@link ReadItem}. In this order:
 * <ol>
 *   <li>a text larger than {@link ReadOptions#maxBytes()} in UTF-8 is rejected: {@code article of N bytes exceeds
 *       limit of M bytes};</li>
 *   <li>the id is claimed in the run's {@link IdRegistry}; a second article under an id already read is rejected
 *       with the registry's reason;</li>
 *   <li>an article without a publication date gets {@link ReadOptions#published()} (which may be null too).</li>
 * </ol>
 * How a rejection is reported differs by format only in where it points, given by {@link Origin}. Stateless and
 * thread-safe (the registry is the caller's).
 */
public final class ArticleItems {
  private ArticleItems() {}

  /**
   * Where a record is, for the items that reject it.
   *
   * @param rejectedId the id of the item that rejects an oversized article (JSON Lines: {@code file:line}; files and
   *     pages: the article id)
   * @param where the location for the id claim, which is also the id of the item that rejects a duplicate
   * @param prefix put before each reason, such as {@code "line 3: "}, or empty
   * @param suffix put after the size reason, such as {@code " (id a1)"}, or empty
   */
  public record Origin(String rejectedId, String where, String prefix, String suffix) {
    public Origin {
      Objects.requireNonNull(rejectedId, "rejectedId");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(suffix, "suffix");
    }

    /** A file or page: rejections carry the article id; duplicates point at {@code where}. */
    public static Origin of(String id, String where) { return new Origin(id, where, "", ""); }
  }

  /**
   * @param article the article as its record gives it, its text final
   * @param notes notes for a {@link ReadItem.Read} (such as a decoding note), kept when the article is read
   */
  public static ReadItem toItem(Article article, Origin origin, ReadOptions options, IdRegistry ids, List<String> notes) {
    long size = TextDecoder.utf8Length(article.text());
    if (size > options.maxBytes())
      return new ReadItem.Unreadable(origin.rejectedId(), origin.prefix() + tooLarge(size, options) + origin.suffix());
    String duplicate = ids.claim(article.id(), origin.where());
    if (duplicate != null) return new ReadItem.Unreadable(origin.where(), origin.prefix() + duplicate);
    Article dated = article.published() == null && options.published() != null ? article.withPublished(options.published()) : article;
    return new ReadItem.Read(dated, notes);
  }

  /** The reason for an article text of {@code size} UTF-8 bytes over the limit. */
  public static String tooLarge(long size, ReadOptions options) {
    return "article of " + size + " bytes exceeds limit of " + options.maxBytes() + " bytes";
  }
}
