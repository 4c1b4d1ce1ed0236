package harbinger.lexicon;

import java.util.Objects;
import java.util.Set;

/**
 * A condition on a trigger's context.
 *
 * @param scope where to look: {@code CONTEXT} (the trigger's dependents up to a few levels, without its subject),
 *              {@code OBJECT} (the head of its direct object or, for nouns, of the phrase it heads), or
 *              {@code SUBJECT} (the head of its subject), or {@code SUBJECT_PHRASE} (any word of its subject
 *              phrase, not of a relative clause in it: "peacekeeping troops", "a convoy of trucks carrying flour")
 * @param required true for "must be present", false for "must be absent"
 * @param lemmas lower-case lemmas, any of which satisfies (or violates) the condition
 */
public record Condition(Scope scope, boolean required, Set<String> lemmas) {
  public enum Scope { CONTEXT, OBJECT, SUBJECT, SUBJECT_PHRASE }

  public Condition {
    Objects.requireNonNull(scope, "scope");
    lemmas = Set.copyOf(lemmas);
    if (lemmas.isEmpty()) throw new IllegalArgumentException("condition without lemmas");
  }
}
