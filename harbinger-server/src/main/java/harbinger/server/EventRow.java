package harbinger.server;

import harbinger.model.Modality;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event as the API lists it: a real-world event with its codes, how many mentions and outlets report it, and
 * where its first mention is (for the evidence view). Mirrors the store's {@code StoredEvent}.
 *
 * @param id the adapter's event id, unique in the store (the evidence view finds the event's mention by it)
 * @param date the event day, or null when unknown
 * @param sourceKey party key of the source ({@code RUS}), {@code ""} when there is no source
 * @param sourceCode CAMEO actor code of the source ({@code RUSGOV}), or null
 * @param targetKey party key of the target, {@code ""} when there is no target
 * @param targetCode CAMEO actor code of the target, or null
 * @param mentions mentions over all articles (1 for an event reported once)
 * @param sources distinct outlets that report it
 * @param articleId the article of the first mention
 * @param evidence the first mention's sentence
 */
public record EventRow(String id, @Nullable LocalDate date, String sourceKey, @Nullable String sourceCode,
                       String targetKey, @Nullable String targetCode, String cameo, String plover, int quadClass,
                       double goldstein, Modality modality, double confidence, int mentions, int sources,
                       String articleId, String evidence) {
  public EventRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(evidence, "evidence");
    if (quadClass < 1 || quadClass > 4) throw new IllegalArgumentException("quadClass must be 1..4 but was " + quadClass);
    if (mentions < 1 || sources < 1 || sources > mentions)
      throw new IllegalArgumentException("inconsistent counts for event " + id + ": " + mentions + " mentions, " + sources + " sources");
  }
}
