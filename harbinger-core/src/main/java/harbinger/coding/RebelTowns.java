package harbinger.coding;

import harbinger.model.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A town that a country's rebels seize or attack, named only by its direction and a name the gazetteer lacks: "Ivorian
 * rebels seized the northern city of Korhogo", "Syrian rebels captured the northern town of Maarat al-Numan". Copy
 * gives a town's direction ("northern", "eastern") within the country the story is about, and a country's rebels fight
 * in their own country, so the town stands for that country (country prefix only), as a named town of the gazetteer
 * would. Only rebel sources (a foreign army may take a town across the border), only acts of force (roots 18-20),
 * and only a town noun with a compass adjective and an "of" name. Stateless.
 */
final class RebelTowns {
  private RebelTowns() {}

  private static final Set<String> TOWNS = Set.of("town", "city", "village", "port", "stronghold", "outpost");
  private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "northeastern",
      "north-eastern", "northwestern", "north-western", "southeastern", "south-eastern", "southwestern",
      "south-western", "central");
  private static final Set<String> ROOTS = Set.of("18", "19", "20");

  static Optional<ActorResolver.Resolved> town(SentenceGraph g, List<Integer> targets, String root,
                                               List<ActorResolver.Resolved> sources) {
    if (!ROOTS.contains(root) || sources.size() != 1) return Optional.empty();
    Actor s = sources.get(0).actor();
    if (s.country() == null || !s.agents().contains("REB")) return Optional.empty();
    for (int h : targets) {
      if (!TOWNS.contains(g.lemma(h).toLowerCase(Locale.ROOT)) || g.token(h).isProperNoun()) continue;
      boolean direction = g.children(h).stream().anyMatch(c -> g.relation(c).equals("amod") && c < h
          && DIRECTIONS.contains(g.word(c).toLowerCase(Locale.ROOT)));
      boolean named = g.children(h).stream().anyMatch(c -> c > h && g.baseRelation(c).equals("nmod")
          && "of".equals(g.caseMarker(c)) && g.token(c).isProperNoun());
      if (!direction || !named) continue;
      int first = g.subtree(h).nextSetBit(0);
      int last = g.subtree(h).length() - 1;
      Actor a = new Actor(g.text(first, last), s.country(), s.country(), List.of(), null, g.span(first, last));
      return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.COUNTRY, false, null));
    }
    return Optional.empty();
  }
}
