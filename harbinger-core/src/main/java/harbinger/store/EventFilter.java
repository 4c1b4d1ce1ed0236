package harbinger.store;

import harbinger.error.ConfigException;
import harbinger.model.Modality;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which stored events to read. Every criterion is optional (null = any) and they combine with AND. Values are
 * validated here and bound as SQL parameters by the store, never spliced into SQL text.
 *
 * @param actor a CAMEO actor code, matched exactly against the source or target code ({@code RUSMIL})
 * @param country an ISO-3166 alpha-3 country, matched against the party key of source or target ({@code RUS})
 * @param dyad source and target party keys
 * @param directed when true the dyad's first party must be the source; else either direction matches
 * @param cameo a CAMEO code prefix: a root ({@code 19}), base ({@code 190}) or full code ({@code 0256})
 * @param plover a PLOVER event type ({@code ASSAULT})
 * @param quadClass 1..4
 * @param modality one modality
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param limit most events returned, 1..10,000,000
 */
public record EventFilter(@Nullable String actor, @Nullable String country, @Nullable Dyad dyad, boolean directed,
                          @Nullable String cameo, @Nullable String plover, @Nullable Integer quadClass,
                          @Nullable Modality modality, @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
  public static final int MAX_LIMIT = 10_000_000;

  public EventFilter {
    if (actor != null) actor = check(actor.toUpperCase(Locale.ROOT), "[A-Z0-9]{3,}", "actor", "an actor code such as RUSGOV");
    if (country != null) country = check(country.toUpperCase(Locale.ROOT), "[A-Z]{3}", "country", "an ISO-3166 alpha-3 code such as RUS");
    if (cameo != null) cameo = check(cameo, "\\d{2,4}", "cameo", "a CAMEO code or root such as 19 or 0256");
    if (plover != null) plover = check(plover.toUpperCase(Locale.ROOT), "[A-Z_]+", "plover", "a PLOVER type such as ASSAULT");
    if (quadClass != null && (quadClass < 1 || quadClass > 4))
      throw new ConfigException("quad class must be 1..4 but was " + quadClass);
    if (from != null && to != null && to.isBefore(from))
      throw new ConfigException("date range is empty: from " + from + " is after to " + to);
    if (limit < 1 || limit > MAX_LIMIT) throw new ConfigException("limit must be in 1.." + MAX_LIMIT + " but was " + limit);
  }

  /** Every event, up to {@link #MAX_LIMIT}. */
  public static EventFilter all() { return builder().limit(MAX_LIMIT).build(); }

  public static Builder builder() { return new Builder(); }

  private static String check(String value, String pattern, String field, String expected) {
    if (!value.matches(pattern)) throw new ConfigException(field + " must be " + expected + " but was '" + value + "'");
    return value;
  }

  /** Builds a filter; not thread-safe. */
  public static final class Builder {
    private @Nullable String actor;
    private @Nullable String country;
    private @Nullable Dyad dyad;
    private boolean directed;
    private @Nullable String cameo;
    private @Nullable String plover;
    private @Nullable Integer quadClass;
    private @Nullable Modality modality;
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private int limit = 100;

    private Builder() {}

    public Builder actor(@Nullable String v) { actor = v; return this; }
    public Builder country(@Nullable String v) { country = v; return this; }
    public Builder dyad(@Nullable Dyad v, boolean isDirected) { dyad = v; directed = isDirected; return this; }
    public Builder cameo(@Nullable String v) { cameo = v; return this; }
    public Builder plover(@Nullable String v) { plover = v; return this; }
    public Builder quadClass(@Nullable Integer v) { quadClass = v; return this; }
    public Builder modality(@Nullable Modality v) { modality = v; return this; }
    public Builder from(@Nullable LocalDate v) { from = v; return this; }
    public Builder to(@Nullable LocalDate v) { to = v; return this; }
    public Builder limit(int v) { limit = v; return this; }

    public EventFilter build() {
      return new EventFilter(actor, country, dyad, directed, cameo, plover, quadClass, modality, from, to, limit);
    }
  }
}
