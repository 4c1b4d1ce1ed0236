package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An extradition told by the flight that carries it out: "Erich Priebke was put on a plane to Rome after Argentina's
 * Supreme Court cleared the way for his extradition to Italy", "the suspect was flown to Madrid once the court
 * approved his extradition". The flight is the judicial cooperation (063), though the word that says so stands in an
 * adverbial clause outside the verb's own context ({@link TriggerFinder}). The sign is a passive verb of putting on a
 * plane, flying or sending a person, with the extradition named anywhere in the verb's clause, adjuncts included.
 * Session 20. Stateless.
 */
final class ExtraditionFlights {
  private ExtraditionFlights() {}

  /** Verbs of carrying a person somewhere. */
  private static final Set<String> CARRY = Set.of("put", "fly", "send", "take");

  /** Craft a person is put on. */
  private static final Set<String> CRAFT = Set.of("plane", "flight", "aircraft", "jet", "airplane");

  /** Words of extradition. */
  private static final Set<String> EXTRADITION = Set.of("extradition", "extradite", "extradited", "extraditing");

  /** A 063 trigger at {@code i} when it is a passive flight of a person whose clause names the extradition, else null. */
  static @Nullable Trigger trigger(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !CARRY.contains(g.lemma(i)) || g.child(i, "aux:pass") == null) return null;
    boolean carried = false;
    for (int c : g.children(i)) {
      if (!g.baseRelation(c).equals("obl")) continue;
      if (CRAFT.contains(g.lemma(c)) || "to".equals(g.caseMarker(c))) carried = true;
    }
    if (!carried) return null;
    BitSet clause = g.subtree(i);
    for (int k = clause.nextSetBit(0); k >= 0; k = clause.nextSetBit(k + 1)) {
      if (EXTRADITION.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT))) {
        return new Trigger(i, new LexiconEntry("063", g.lemma(i), false, null, List.of(), false, "ExtraditionFlights"));
      }
    }
    return null;
  }
}
