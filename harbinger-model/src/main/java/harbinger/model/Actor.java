package harbinger.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A coded actor: the words of the article that name it and its CAMEO actor code.
 *
 * @param text the words of the article, as written ("his Russian counterpart Vladimir Putin")
 * @param code CAMEO actor code: country plus agents ("RUSGOV"), an IGO code ("IGOWSTNAT"), or a bare agent ("REB")
 * @param country ISO-3166 alpha-3 country, or null for IGOs and unknown countries
 * @param agents agent (role) codes in order, such as ["GOV"] or ["MIL"]; may be empty
 * @param name canonical name of a known person or organisation ("Vladimir Putin"), or null
 * @param span where {@code text} stands in the article, or null when the actor was inferred (pronoun antecedent outside the sentence, implicit subject)
 */
public record Actor(String text, String code, @Nullable String country, List<String> agents,
                   @Nullable String name, @Nullable Span span) {
  public Actor {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    agents = List.copyOf(agents);
    if (code.isBlank()) throw new IllegalArgumentException("blank actor code for '" + text + "'");
    if (country != null && !country.matches("[A-Z]{3}"))
      throw new IllegalArgumentException("country must be ISO-3166 alpha-3 but was " + country);
  }
}
