package harbinger.store;

import harbinger.model.Modality;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One real-world event as the store holds it: its mentions across articles clustered into one row (see
 * {@link EventKeys}), with GDELT's counts and a confidence that reflects how many independent sources report it
 * (see {@link EventConfidence}). Descriptive fields (codes, Goldstein, evidence) are those of the first mention.
 *
 * @param id the store's event id (GDELT's GLOBALEVENTID in exports)
 * @param date the event's day (see {@link EventKeys#day}), or null when neither the event nor its article is dated
 * @param sourceKey party key of the source ({@code ""} when unknown)
 * @param sourceCode CAMEO actor code of the first mention's source, or null
 * @param targetKey party key of the target ({@code ""} when unknown)
 * @param targetCode CAMEO actor code of the first mention's target, or null
 * @param cameo the first mention's CAMEO code; every mention shares its base code ({@link EventKeys#baseCode})
 * @param numMentions mentions in all articles (an article may mention an event more than once), as GDELT counts
 * @param numSources distinct outlets among the articles that mention it
 * @param numArticles distinct articles that mention it
 * @param independentSources outlets that reported it on their own: near-duplicate copies count with their original
 * @param firstArticleId the article of the first mention
 * @param evidence the first mention's sentence
 */
public record StoredEvent(long id, @Nullable LocalDate date, String sourceKey, @Nullable String sourceCode,
                          String targetKey, @Nullable String targetCode, String cameo, String plover,
                          @Nullable String ploverMode, int quadClass, double goldstein, Modality modality,
                          int numMentions, int numSources, int numArticles, int independentSources, double confidence,
                          String firstArticleId, String evidence) {
  public StoredEvent {
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(firstArticleId, "firstArticleId");
    Objects.requireNonNull(evidence, "evidence");
    if (numMentions < 1 || numSources < 1 || numArticles < 1 || numSources > numArticles || numArticles > numMentions)
      throw new IllegalArgumentException("inconsistent counts for event " + id + ": mentions " + numMentions
          + ", sources " + numSources + ", articles " + numArticles);
  }

  /** The CAMEO root ("19" for "190"). */
  public String cameoRoot() { return cameo.substring(0, 2); }
}
