package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * What an appeal noun asks for, when the parser hung it on the verb that carries the noun: "issued an urgent plea on
 * Wednesday for foreign food, tents and medicine", "made an appeal to donors for helicopters". The "for" phrase of
 * the light verb is the appeal's object, and its words say what kind of appeal it is (0233 for food and tents). Only
 * nouns of asking take it: "signed a deal for ..." or "imposed sanctions for ..." keep their context. Stateless.
 */
final class AppealObjects {
  private AppealObjects() {}

  /** Nouns of asking. */
  static final Set<String> APPEALS = Set.of("plea", "appeal", "call", "request", "cry", "petition", "demand");

  /** Whether child {@code c} of the verb that carries appeal noun {@code i} (its object) is the appeal's "for" phrase. */
  static boolean forPhrase(SentenceGraph g, int i, int c) {
    return g.relation(i).equals("obj") && APPEALS.contains(g.lemma(i).toLowerCase(Locale.ROOT))
        && g.baseRelation(c).equals("obl") && "for".equals(g.caseMarker(c));
  }
}
