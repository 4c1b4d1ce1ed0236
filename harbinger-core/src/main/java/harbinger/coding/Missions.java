package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Diplomatic missions stand for the state they serve, not for the state they sit in: "stormed the British embassy
 * compound in Tehran" and "destroyed the Iranian consulate building in Damascus" are acts on Britain and Iran.
 * The place noun is a mission ("embassy", "consulate", "legation") or a building of one ("the embassy compound",
 * "the consulate building"); the served state is a national adjective, country name or possessor on the mission or
 * on the building, never the "in" phrase of where it lies. The party is that state's government (an embassy is an
 * organ of its government, as agents.tsv has it). Stateless.
 */
final class Missions {
  private Missions() {}

  private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "legation", "chancery", "chancellery");
  private static final Set<String> BUILDINGS = Set.of("compound", "building", "residence", "headquarters", "office",
      "premises", "mission", "gate", "gates");

  /** The state the mission at place noun {@code head} serves, as its government; empty when none is named. */
  static Optional<ActorResolver.Resolved> served(SentenceGraph g, int head, ActorKnowledge knowledge) {
    List<Integer> nouns = new ArrayList<>();
    if (MISSIONS.contains(g.lemma(head))) nouns.add(head);
    else if (BUILDINGS.contains(g.lemma(head))) {
      for (int c : g.children(head)) {
        if (g.relation(c).equals("compound") && MISSIONS.contains(g.lemma(c)) && c < head) nouns.add(c);
      }
      if (nouns.isEmpty()) return Optional.empty();
      nouns.add(head);
    } else {
      return Optional.empty();
    }
    for (int n : nouns) {
      for (int c : g.children(n)) {
        String rel = g.relation(c);
        if (c > n || !(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))) continue;
        String words = LocationFinder.text(g, c);
        Optional<Country> k = knowledge.findCountryByAdjective(g.word(c)).or(() -> knowledge.findCountry(words));
        if (k.isEmpty()) continue;
        int first = g.subtree(head).nextSetBit(0);
        String code = k.get().code();
        Actor a = new Actor(g.text(first, head), code + "GOV", code, List.of("GOV"), null, g.span(first, head));
        return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.GROUP, false, null));
      }
    }
    return Optional.empty();
  }
}
