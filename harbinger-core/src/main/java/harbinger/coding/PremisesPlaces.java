package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "raided the Istanbul offices of a media group", "searched the Moscow homes of opposition leaders": premises named
 * with the city they stand in place the act there, as "in Istanbul" would. The country (a country's own name, its
 * capital or a listed place) is the fallback country of the act's parties: police or tax inspectors of no country
 * word who raid offices in Cairo are Egypt's. Only for the object of the act and nouns of buildings people work or
 * live in; "the Moscow talks" or "the Kabul government" are no premises.
 */
final class PremisesPlaces {
  private PremisesPlaces() {}

  private static final Set<String> PREMISES = Set.of("office", "offices", "home", "homes", "headquarters", "premises",
      "apartment", "apartments", "flat", "flats", "house", "houses", "studio", "studios", "newsroom", "bureau", "bureaus",
      "residence", "warehouse", "warehouses");

  static @Nullable String country(SentenceGraph g, int trigger, ActorKnowledge knowledge) {
    Integer obj = g.child(trigger, "obj");
    if (obj == null || g.token(obj).isProperNoun() || !(PREMISES.contains(g.lemma(obj)) || PREMISES.contains(g.word(obj).toLowerCase(java.util.Locale.ROOT)))) return null;
    for (int c : g.children(obj)) {
      if (!(g.relation(c).equals("compound") || g.relation(c).equals("nmod:poss")) || c > obj || !g.token(c).isProperNoun()) continue;
      Optional<Country> place = knowledge.findCountryOfPlaceName(LocationFinder.text(g, c));
      if (place.isPresent()) return place.get().code();
    }
    return null;
  }
}
