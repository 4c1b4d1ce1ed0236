package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The other party of a change in relations named by a noun: "a break in relations with Qatar", "a freeze in ties
 * with Iran", "a rupture of diplomatic relations with Israel". The trigger noun carries the relations in an "in" or
 * "of" phrase, and the partner hangs on the relations noun as its "with" phrase. Stateless.
 */
final class RelationPartners {
  private RelationPartners() {}

  private static final Set<String> RELATIONS = Set.of("relation", "relations", "tie", "ties", "contact", "contacts");

  /** The "with" party of the relations a trigger noun {@code n} is about, or null. */
  static @Nullable Integer of(SentenceGraph g, int n) {
    for (int c : g.children(n)) {
      if (!g.baseRelation(c).equals("nmod") || !Set.of("in", "of").contains(String.valueOf(g.caseMarker(c)))
          || !RELATIONS.contains(g.lemma(c))) continue;
      for (int w : g.children(c)) {
        if (g.baseRelation(w).equals("nmod") && "with".equals(g.caseMarker(w)) && !g.nonActor(w)) return w;
      }
    }
    return null;
  }
}
