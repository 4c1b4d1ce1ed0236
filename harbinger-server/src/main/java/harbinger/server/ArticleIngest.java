package harbinger.server;

import harbinger.ingest.ReadItem;
import java.util.List;

/**
 * Codes and stores submitted articles, as {@code harbinger ingest} does: articles already stored (same id, url or
 * text) are not coded again; every item yields exactly one result, in order. Implementations must be safe to call
 * from several request threads (they may serialise writes).
 *
 * <p><b>Adapter seam.</b> The DuckDB adapter runs {@code IngestService.ingest} (which asks
 * {@code EventStore.findStored}, codes the rest with the pipeline and stores them with {@code EventStore.add} in one
 * transaction) and maps each {@code BatchReport.ArticleResult} to an {@link IngestResult}: ADDED and NEAR_DUPLICATE
 * to {@code ADDED}, DUPLICATE to {@code DUPLICATE}, skipped outcomes to {@code SKIPPED}; the events come from the
 * coded {@code Result}s with the ids the store gave them.
 */
public interface ArticleIngest {
  /**
   * @param items read articles, or items that could not be read (those become {@link IngestResult.Status#SKIPPED})
   * @return one result per item, in order
   */
  List<IngestResult> ingest(List<ReadItem> items);
}
