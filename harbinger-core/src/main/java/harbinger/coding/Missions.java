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

  /** A state's own acts on its missions abroad: opening, closing, moving them or pulling staff out of them. */
  private static final Set<String> OWN_ACTS = Set.of("open", "reopen", "close", "shut", "withdraw", "evacuate",
      "pull", "relocate", "move", "upgrade", "downgrade", "suspend", "restore", "resume", "recall", "empty");

  /**
   * The host state of the sender's own mission: "Britain reopened its embassy in Tehran", "withdrew its diplomats
   * from its embassy in Caracas" are acts toward Iran and Venezuela, not toward the sender. Only a mission the doer
   * owns ("its", "their", "our") on which the doer acts ({@link #OWN_ACTS}) and whose "in" place is a capital or a
   * country; the host is the country, with no role.
   */
  static Optional<ActorResolver.Resolved> hosted(SentenceGraph g, int head, ActorKnowledge knowledge) {
    if (!MISSIONS.contains(g.lemma(head))) return Optional.empty();
    Integer poss = g.child(head, "nmod:poss");
    if (poss == null || !Set.of("its", "their", "our").contains(g.word(poss).toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
    Integer verb = g.head(head);
    if (verb == null || verb < 0 || !OWN_ACTS.contains(g.lemma(verb).toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !"in".equals(g.caseMarker(c))) continue;
      String place = LocationFinder.text(g, c);
      Optional<Country> k = knowledge.findCountryByCapital(place).or(() -> knowledge.findCountry(place));
      if (k.isEmpty()) continue;
      Actor a = new Actor(g.word(c), k.get().code(), k.get().code(), List.of(), null, g.span(c, c));
      return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.COUNTRY, false, null));
    }
    return Optional.empty();
  }
}
