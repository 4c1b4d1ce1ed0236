package harbinger.coding;

/**
 * How an event noun is used, as the trigger finder asks before looking it up: as the compound modifier of a noun that
 * only carries it ("a mediation mission": the mediation is the event) or as a bare plural naming a kind of event
 * ("the threat of terrorist attacks": no event happened). Moved out of {@link TriggerFinder} in session 21. Stateless.
 */
final class EventNounUses {
  private EventNounUses() {}

  /** Nouns that only carry the event named by their compound modifier: "a mediation mission", "a bombing campaign". */
  private static final java.util.Set<String> CONTAINERS = java.util.Set.of("mission", "effort", "campaign", "operation",
      "drive", "bid", "initiative", "attempt", "spree", "wave", "process");

  /** True when compound noun {@code i} names the event its head only carries ("a bombing campaign"). */
  static boolean inContainer(SentenceGraph g, int i) {
    int h = g.head(i);
    return h >= 0 && CONTAINERS.contains(g.lemma(h)) && g.token(i).pos().equals("NN");
  }

  private static final java.util.Set<String> GENERIC_PREPS = java.util.Set.of("of", "against", "about", "from");

  /**
   * A bare plural event noun that only qualifies another noun names a kind of event, not one that happened:
   * "the threat of terrorist attacks", "the fight against kidnappings", "laws about protests" (but not under a noun
   * that only carries it, {@link ArgumentFinder#CARRIERS}: "a series of attacks").
   */
  static boolean generic(SentenceGraph g, int i) {
    if (!g.token(i).pos().equals("NNS") || !g.baseRelation(i).equals("nmod")) return false;
    if (!GENERIC_PREPS.contains(String.valueOf(g.caseMarker(i)))) return false;
    int h = g.head(i);
    if (h < 0 || !g.token(h).isNoun() || ArgumentFinder.CARRIERS.contains(g.lemma(h))) return false;
    for (int c : g.children(i)) {
      String r = g.relation(c);
      if (r.equals("det") || r.equals("nmod:poss") || r.equals("nummod") || r.startsWith("acl")) return false;
      if (g.baseRelation(c).equals("nmod") && !"against".equals(g.caseMarker(c))) return false;
    }
    return true;
  }
}
