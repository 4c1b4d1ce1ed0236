package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The country a location phrase states outright by the words around the place's name: "in the Indian state of
 * Gujarat" (IND), "in the Nigerian town of Yelwa" (NGA), "in the southern Russian town of Buinaksk" (RUS), "in the
 * Baghdad slum of Sadr City" (IRQ). Wire copy names a little-known place this way; the adjective or capital on the
 * kind of place ("state", "town", "slum") says whose territory it is, as firmly as "in India" would. A place named
 * alone ("in Kandy") gives nothing here: whose it is is a matter of the place tables, which the callers consult
 * only where the doer of an act cannot have come from elsewhere. Stateless and thread-safe.
 */
final class LocationCountry {
  /** Relations by which a kind-of-place noun carries its country: "Indian state", "Baghdad slum". */
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss");

  private LocationCountry() {}

  /** The country stated around the place whose name heads at {@code place}, or null. */
  static @Nullable String of(SentenceGraph g, int place, ActorKnowledge k) {
    String own = modifierCountry(g, place, k);
    if (own != null) return own;
    int kind = g.head(place);
    // "the Indian state of Gujarat": the name hangs on the kind of place by "of"
    if (kind < 0 || !"of".equals(g.caseMarker(place)) || !g.token(kind).isNoun() || g.token(kind).isProperNoun()) return null;
    return modifierCountry(g, kind, k);
  }

  private static @Nullable String modifierCountry(SentenceGraph g, int head, ActorKnowledge k) {
    // "the Niger Delta" (in Nigeria): a listed place named after a country states no country by that name
    if (k.findCountryByPlace(LocationFinder.text(g, head)).isPresent()) return null;
    for (int c : g.children(head)) {
      if (!MODIFIERS.contains(g.relation(c)) || c > head) continue;
      String w = g.word(c);
      Optional<Country> country = g.relation(c).equals("amod") ? k.findCountryByAdjective(w)
          : k.findCountry(w).or(() -> k.findCountryByCapital(w));
      if (country.isEmpty() && g.relation(c).equals("amod")) country = k.findCountry(w);
      if (country.isPresent()) return country.get().code();
    }
    return null;
  }
}
