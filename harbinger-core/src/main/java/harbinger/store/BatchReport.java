package harbinger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link EventStore#add} did.
 *
 * @param articles one entry per item given, in order
 * @param mentions event mentions stored
 * @param newEvents events created by those mentions (the other mentions joined events already stored)
 */
public record BatchReport(List<ArticleResult> articles, int mentions, int newEvents) {
  public BatchReport {
    articles = List.copyOf(articles);
    if (mentions < 0 || newEvents < 0 || newEvents > mentions)
      throw new IllegalArgumentException("inconsistent counts: " + mentions + " mentions, " + newEvents + " new events");
  }

  /** What became of one item. */
  public enum Status {
    /** stored with its outcome and its events */
    ADDED,
    /** stored, and linked to the earlier article it nearly copies */
    NEAR_DUPLICATE,
    /** already stored (same id, url or text): nothing added */
    DUPLICATE
  }

  /**
   * @param id the item's id
   * @param status what was done
   * @param duplicateOf for DUPLICATE and NEAR_DUPLICATE, the stored article it matches
   * @param reason for DUPLICATE: "same id", "same url" or "same text"; for NEAR_DUPLICATE the similarity
   */
  public record ArticleResult(String id, Status status, @Nullable String duplicateOf, @Nullable String reason) {
    public ArticleResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
      if ((status == Status.ADDED) != (duplicateOf == null))
        throw new IllegalArgumentException("duplicateOf is set exactly for duplicates");
    }
  }

  public int count(Status status) {
    int n = 0;
    for (ArticleResult a : articles) if (a.status() == status) n++;
    return n;
  }

  /** This report followed by {@code next}. */
  public BatchReport plus(BatchReport next) {
    List<ArticleResult> all = new ArrayList<>(articles);
    all.addAll(next.articles);
    return new BatchReport(all, mentions + next.mentions, newEvents + next.newEvents);
  }

  public static BatchReport empty() { return new BatchReport(List.of(), 0, 0); }
}
