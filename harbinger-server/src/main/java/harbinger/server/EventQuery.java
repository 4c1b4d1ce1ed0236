package harbinger.server;

import harbinger.model.Modality;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which events to read; every criterion is optional (null = any) and they combine with AND. The values are
 * validated here, so an adapter binds them as query parameters as they are; nothing from a request is ever
 * spliced into a query text.
 *
 * @param actor a CAMEO actor code matched exactly against the source or target code ({@code RUSMIL})
 * @param country an ISO-3166 alpha-3 code matched against the source or target party key ({@code RUS})
 * @param dyad two party keys
 * @param directed when true the dyad's first party must be the source; otherwise either direction matches
 * @param root a CAMEO root, {@code 01}..{@code 20}
 * @param code a CAMEO code prefix of 2..4 digits ({@code 19}, {@code 190}, {@code 0256})
 * @param plover a PLOVER event type ({@code ASSAULT})
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param modality one modality
 * @param from first event day, inclusive
 * @param to last event day, inclusive
 */
public record EventQuery(@Nullable String actor, @Nullable String country, @Nullable PartyPair dyad, boolean directed,
                         @Nullable String root, @Nullable String code, @Nullable String plover,
                         @Nullable Integer quadClass, @Nullable Modality modality,
                         @Nullable LocalDate from, @Nullable LocalDate to) {
  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{3,15}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern PLOVER = Pattern.compile("[A-Z_]{2,30}");

  /**
   * @throws RequestException naming the first field with a bad value
   */
  public EventQuery {
    actor = check(actor, ACTOR, "actor", "a CAMEO actor code such as RUSGOV");
    country = check(country, COUNTRY, "country", "an ISO-3166 alpha-3 code such as RUS");
    root = check(root, ROOT, "root", "a CAMEO root 01..20");
    code = check(code, CODE, "code", "a CAMEO code of 2..4 digits such as 19 or 0256");
    plover = check(plover, PLOVER, "plover", "a PLOVER type such as ASSAULT");
    if (quadClass != null && (quadClass < 1 || quadClass > 4))
      throw new RequestException("quad", "must be 1..4 but was " + quadClass);
    if (from != null && to != null && to.isBefore(from))
      throw new RequestException("to", "must not be before from (" + from + ") but was " + to);
    if (directed && dyad == null) throw new RequestException("directed", "needs a dyad");
  }

  /** Every event. */
  public static EventQuery all() { return new EventQuery(null, null, null, false, null, null, null, null, null, null, null); }

  /** Only events between the two parties, in either direction. */
  public static EventQuery dyad(PartyPair pair) { return new EventQuery(null, null, pair, false, null, null, null, null, null, null, null); }

  private static @Nullable String check(@Nullable String value, Pattern p, String field, String expected) {
    if (value == null) return null;
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (!p.matcher(v).matches()) throw new RequestException(field, "must be " + expected + " but was '" + Params.shown(value) + "'");
    return v;
  }
}
