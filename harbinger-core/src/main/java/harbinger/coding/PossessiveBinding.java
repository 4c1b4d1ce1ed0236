package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The party a possessive "its" or "their" on a verb's object stands for: the subject of that verb. "Egypt refused to
 * send troops to Iraq and told its citizens to leave" (its = Egypt, not Iraq, the country named last); through a
 * conjunct that shares the first verb's subject, as there; and through an infinitive's controller, "Britain urged Iran
 * to halt its enrichment" (its = Iran, the object of "urged"). The nearest country or group stays the antecedent
 * anywhere else ("criticised Ukraine over its decision"), and for possessions other than a party's own people and
 * missions. Pure and stateless (session 23).
 */
final class PossessiveBinding {
  private PossessiveBinding() {}

  private static final Set<String> PRONOUNS = Set.of("its", "their");

  /**
   * A party's own people and missions. Other possessions are as often the other side's: "Kyiv said Moscow had shelled
   * its positions" (Kyiv's), "Russia attacked Ukraine and destroyed its power grid" (Ukraine's).
   */
  private static final Set<String> MEMBERS = Set.of("citizen", "national", "troop", "force", "soldier", "ambassador",
      "envoy", "diplomat", "embassy", "consul", "staff", "official", "worker", "people", "peacekeeper", "contingent",
      "delegation", "negotiator", "mission", "resident", "expatriate");

  /** The token of the clause subject possessive {@code pronoun} is bound to, or null when no such binding holds. */
  static @Nullable Integer subject(SentenceGraph g, int pronoun) {
    if (!PRONOUNS.contains(g.word(pronoun).toLowerCase(Locale.ROOT)) || !g.relation(pronoun).equals("nmod:poss")) return null;
    int noun = g.head(pronoun);
    if (noun < 0 || !g.relation(noun).equals("obj") || !MEMBERS.contains(g.lemma(noun).toLowerCase(Locale.ROOT))) return null;
    int verb = g.head(noun);
    for (int step = 0; verb >= 0 && step < 4; step++) {
      Integer s = g.subject(verb);
      if (s != null) return s == pronoun || s == noun ? null : s;
      String rel = g.relation(verb);
      int up = g.head(verb);
      if (up < 0) return null;
      if (rel.equals("xcomp")) {
        // the controller of an infinitive: the object of "urged Iran to", else the subject of "decided to"
        Integer o = g.child(up, "obj");
        return o != null ? o : g.subject(up);
      }
      // a conjunct shares the first verb's subject, unless that verb had an object of its own the pronoun may stand for
      if (!rel.equals("conj") || g.child(up, "obj") != null) return null;
      verb = up;
    }
    return null;
  }
}
