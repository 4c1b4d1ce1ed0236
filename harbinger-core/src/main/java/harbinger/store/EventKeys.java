package harbinger.store;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * When two mentions are the same real-world event. Two mentions (from any articles) are one event when they have
 * <ol>
 *   <li>the same source party and the same target party: a party is the actor's country when it has one
 *       ({@code RUSMIL}, {@code RUSGOV} and {@code RUS} are all {@code RUS}), else its code ({@code IGOUNO});
 *       an unknown actor matches only an unknown actor;</li>
 *   <li>the same CAMEO base code, the first three digits ({@code 190} for {@code 190}, {@code 1901}; a two-digit
 *       root {@code 19} counts as {@code 190});</li>
 *   <li>compatible modality ({@link ModalityClass}): realised (asserted, claimed), unrealised (future, intended,
 *       conditional), negated, historical;</li>
 *   <li>days at most {@link #WINDOW_DAYS} apart, measured from the day of the event's first mention (so a chain of
 *       reports cannot drift). The day of a mention is its event date when that is precise to the day, else the
 *       article's publication date, as GDELT dates events by their reports. A mention with neither is only merged
 *       with the same event in its own article.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class EventKeys {
  /** Largest distance in days between an event's first mention and a later mention of it. */
  public static final int WINDOW_DAYS = 1;

  /** Modalities that may describe the same event. */
  public enum ModalityClass { REALISED, UNREALISED, NEGATED, HISTORICAL }

  private EventKeys() {}

  /** The party an actor stands for: its country, else its code; {@code ""} for an unknown actor. */
  public static String partyKey(@Nullable Actor a) {
    if (a == null) return "";
    return a.country() != null ? a.country() : a.code();
  }

  /** The first three digits of a CAMEO code; a two-digit root gets a trailing 0. */
  public static String baseCode(String cameo) {
    if (!cameo.matches("\\d{2,4}")) throw new IllegalArgumentException("bad CAMEO code " + cameo);
    return cameo.length() == 2 ? cameo + "0" : cameo.substring(0, 3);
  }

  public static ModalityClass modalityClass(Modality m) {
    return switch (m) {
      case ASSERTED, CLAIMED -> ModalityClass.REALISED;
      case FUTURE, INTENDED, CONDITIONAL -> ModalityClass.UNREALISED;
      case NEGATED -> ModalityClass.NEGATED;
      case HISTORICAL -> ModalityClass.HISTORICAL;
    };
  }

  /** The day a mention is counted on: its date when precise to the day, else its article's publication date. */
  public static @Nullable LocalDate day(Event e, Article article) {
    if (e.date() != null && e.datePrecision() == DatePrecision.DAY) return e.date();
    return article.published();
  }

  /** Everything but the day that two mentions of one event share: {@code source|target|base|class}. */
  public static String clusterKey(Event e) {
    return partyKey(e.source()) + "|" + partyKey(e.target()) + "|" + baseCode(e.cameo()) + "|"
        + modalityClass(e.modality()).name().toLowerCase(Locale.ROOT);
  }

  /**
   * Who published an article, for counting sources: its outlet, else its url's host (without {@code www.}), else
   * {@code article:<id>} (an article of unknown origin counts as a source of its own).
   */
  public static String sourceName(Article a) {
    if (a.outlet() != null && !a.outlet().isBlank()) return a.outlet().trim();
    if (a.url() != null) {
      try {
        String host = URI.create(a.url().trim()).getHost();
        if (host != null && !host.isBlank()) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        // not a URL: fall through
      }
    }
    return "article:" + a.id();
  }
}
