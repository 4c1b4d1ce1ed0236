package harbinger.lexicon;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lexicon pattern: a trigger lemma of a part of speech, an optional particle or preposition that must
 * go with it ("call for", "carry out"), and conditions on its context, coded as one CAMEO code.
 *
 * @param code CAMEO event code
 * @param lemma trigger lemma, lower case
 * @param noun true for noun triggers ("talks", "attack"), false for verbs
 * @param particle particle or preposition required with the trigger, or null
 * @param conditions all must hold
 * @param symmetric true when the event is mutual (meet, talk, agree with): source and target are interchangeable
 * @param origin {@code file:line} where the entry was defined, for diagnostics
 */
public record LexiconEntry(String code, String lemma, boolean noun, @Nullable String particle,
                           List<Condition> conditions, boolean symmetric, String origin) {
  public LexiconEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(origin, "origin");
    conditions = List.copyOf(conditions);
  }

  /** Higher is more specific: more conditions, a particle, a longer code. */
  public int specificity() {
    return conditions.size() * 100 + (particle == null ? 0 : 50) + code.length() * 2 + (code.endsWith("0") ? 0 : 1);
  }
}
