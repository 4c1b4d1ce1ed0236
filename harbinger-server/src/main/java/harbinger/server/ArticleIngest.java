package harbinger.server;

import harbinger.ingest.ReadItem;
import java.util.List;

/**
 * Codes and stores submitted articles, as {@code harbinger ingest} does: articles already stored (same id, url or
 * text) are not coded again; every item yields exactly one result, in order. Implementations must be safe to call
 * from several request threads (they may serialise writes).
 */
public interface ArticleIngest {
  /**
   * @param items read articles, or items that could not be read (those become {@link IngestResult.Status#SKIPPED})
   * @return one result per item, in order
   */
  List<IngestResult> ingest(List<ReadItem> items);
}
