package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.util.Optional;
import java.util.Set;

/**
 * "Students at Tehran University", "lecturers at Seoul National University": members of a university named after its
 * city or country are of that country (CAMEO codes students and their schools EDU of their country). Stateless.
 */
final class Campuses {
  private static final Set<String> SCHOOLS = Set.of("university", "college", "polytechnic", "institute", "academy");

  private Campuses() {}

  /** The country of the school the group at {@code head} belongs to ("at"/"of" phrase), by the place its name carries. */
  static Optional<Country> country(SentenceGraph g, int head, ActorKnowledge knowledge) {
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !Set.of("at", "of").contains(String.valueOf(g.caseMarker(c)))) continue;
      if (!SCHOOLS.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) continue;
      for (int m : g.children(c)) {
        if (!g.relation(m).equals("compound") && !g.relation(m).equals("amod")) continue;
        String w = g.word(m);
        Optional<Country> k = knowledge.findCountry(w).or(() -> knowledge.findCountryByCapital(w))
            .or(() -> knowledge.findCountryByAdjective(w)).or(() -> knowledge.findCountryByPlace(w));
        if (k.isPresent()) return k;
      }
    }
    return Optional.empty();
  }
}
