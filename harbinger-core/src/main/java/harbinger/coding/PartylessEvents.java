package harbinger.coding;

import java.util.Set;

/**
 * Event nouns that name no party of their own and are the subject of their own clause: "clashes erupted",
 * "the fighting broke out", "heavy fighting flared". Such a noun tells that something happened but not who did it,
 * so (a) an act in its temporal adjunct is not background to it ("clashes erupted after rebels attacked a police
 * station": the attack is the news, with its parties, see {@link Salience#foreground}), and (b) it takes no party
 * from the clauses above it ("residents said clashes broke out": the residents report the clashes, they do not
 * fight; see {@link NounArguments}). A noun with its own party ("fighting between X and Y", "Israel's offensive",
 * "Turkish raids") or whose verb has a "between" phrase is not partyless. Stateless.
 */
final class PartylessEvents {
  private static final Set<String> OWN_PARTY_CASES = Set.of("by", "between", "with", "against", "on", "from");

  private PartylessEvents() {}

  /** Is trigger {@code t} a noun that is its clause's subject and names no party of its own? */
  static boolean partylessSubject(SentenceGraph g, Trigger t) {
    int n = t.token();
    if (!t.noun() || !g.relation(n).startsWith("nsubj")) return false;
    int v = g.head(n);
    if (v < 0 || !g.token(v).isVerb() || ArgumentFinder.obliqueWith(g, v, java.util.List.of("between")) != null) return false;
    for (int c : g.children(n)) {
      String rel = g.relation(c);
      if (rel.equals("nmod:poss")) return false;
      if (g.baseRelation(c).equals("nmod") && OWN_PARTY_CASES.contains(String.valueOf(g.caseMarker(c)))) return false;
      if ((rel.equals("amod") || rel.equals("compound")) && ArgumentFinder.isNamedOrNational(g, c)) return false;
    }
    return true;
  }
}
