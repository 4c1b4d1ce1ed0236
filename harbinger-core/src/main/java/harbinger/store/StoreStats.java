package harbinger.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Summary figures of a store.
 *
 * @param articles articles stored (coded or skipped, near-duplicate copies included)
 * @param coded articles coded
 * @param skippedByStage skipped items per stage ("read", "check", "nlp", "code"), unreadable items included
 * @param nearDuplicates articles recognised as near-duplicate copies of an earlier one
 * @param events distinct events
 * @param mentions event mentions over all articles
 * @param multiSource events reported by two or more outlets
 * @param byQuadClass events per QuadClass 1..4 (index 0..3)
 * @param first earliest event day, or null
 * @param last latest event day, or null
 * @param topDyads busiest undirected dyads as "A,B" with their event counts, most events first
 */
public record StoreStats(long articles, long coded, Map<String, Long> skippedByStage, long nearDuplicates, long events,
                         long mentions, long multiSource, long[] byQuadClass, @Nullable LocalDate first,
                         @Nullable LocalDate last, List<Map.Entry<String, Long>> topDyads) {
  public StoreStats {
    skippedByStage = Map.copyOf(skippedByStage);
    byQuadClass = byQuadClass.clone();
    topDyads = List.copyOf(topDyads);
  }

  @Override public long[] byQuadClass() { return byQuadClass.clone(); }
}
