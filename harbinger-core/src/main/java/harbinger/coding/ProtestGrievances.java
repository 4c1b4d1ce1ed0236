package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A protest whose doers are described by what angers them, and that grievance is a policy (a law, a price rise, a
 * reform, a mandate), is a protest for a change of policy: "truckers protesting vaccine mandates blocked the bridge"
 * is 1442, "rioters angered by a rise in bread prices set fire to banks" 1452, "dockers angry at the pension reform
 * struck" 1432, "crowds filled the square in protest at the new tax" 1412. The grievance is a participle or adjective
 * describing the protest's subject ("protesting", "opposed to", "angry at", "angered by") or the protest's own "in
 * protest at/against" phrase, and its object is a policy noun. A grievance against a person or group ("angry at the
 * president") states no policy and leaves the code as it is; so does a code the lexicon or {@link ProtestAims}
 * already made specific.
 */
final class ProtestGrievances {
  private ProtestGrievances() {}

  private static final Set<String> PROTESTS = Set.of("140", "141", "142", "143", "144", "145");

  /** Words that state a grievance: "protesting X", "opposed to X", "angry at X", "angered by X". */
  private static final Set<String> GRIEVING = Set.of("protest", "oppose", "opposed", "angry", "anger", "angered",
      "furious", "enrage", "enraged", "incense", "incensed", "outrage", "outraged", "upset", "unhappy", "discontent");

  /** Nouns naming a policy or a measure taken by those in power (the grievance's object). */
  private static final Set<String> POLICY = Set.of("law", "laws", "bill", "bills", "reform", "reforms", "rule", "rules",
      "mandate", "mandates", "cut", "cuts", "price", "prices", "rise", "rises", "increase", "increases", "hike", "hikes",
      "doubling", "tax", "taxes", "levy", "tariff", "tariffs", "fare", "fares", "subsidy", "subsidies", "plan", "plans",
      "policy", "policies", "decision", "measure", "measures", "austerity", "quota", "quotas", "budget", "ban", "bans",
      "regulation", "regulations", "privatisation", "privatization", "amendment", "amendments", "proposal", "proposals",
      "legislation", "decree", "decrees", "lockdown", "lockdowns", "restriction", "restrictions", "removal", "scheme",
      "overhaul", "support", "deal", "treaty", "project", "closure", "closures", "sale", "reduction", "reductions");

  private static final Set<String> GRIEVANCE_CASES = Set.of("at", "by", "over", "about", "against", "to", "with");

  /** The triggers with each unspecific protest refined to a protest for a policy change when its grievance is one. */
  static List<Trigger> apply(SentenceGraph g, List<Trigger> found) {
    List<Trigger> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Trigger p = out.get(i);
      if (!PROTESTS.contains(p.code())) continue;
      if (p.noun() ? !inProtestAt(g, p.token()) : !policyGrievance(g, p.token())) continue;
      String code = (p.code().equals("140") ? "141" : p.code()) + "2";
      LexiconEntry e = p.entry();
      out.set(i, new Trigger(p.token(), new LexiconEntry(code, e.lemma(), e.noun(), e.particle(), e.conditions(),
          e.symmetric(), e.origin())));
    }
    return out;
  }

  /** Does the protest at {@code p} have a grievance whose object is a policy? */
  static boolean policyGrievance(SentenceGraph g, int p) {
    for (int c : g.children(p)) {
      // "filled the square in protest at the new tax"
      if (inProtestAt(g, c)) return true;
    }
    Integer s = g.child(p, "nsubj");
    if (s != null) {
      for (int c : g.children(s)) {
        String r = g.relation(c);
        if ((r.equals("acl") || r.equals("amod")) && GRIEVING.contains(g.lemma(c)) && policyObject(g, c)) return true;
      }
      return false;
    }
    // "Rioters angered by higher prices set fire to ...": the parser may make the grievance the root and hang the
    // protest verb from it; the grievance's subject is then the protest's doer
    int h = g.head(p);
    String r = g.relation(p);
    return h >= 0 && (r.equals("dep") || r.equals("parataxis")) && h < p && GRIEVING.contains(g.lemma(h))
        && g.token(h).pos().equals("VBN") && g.child(h, "nsubj") != null && policyObject(g, h);
  }

  /** "in protest at the government's support for the war": the protest noun of such a phrase, with a policy object. */
  private static boolean inProtestAt(SentenceGraph g, int c) {
    return g.relation(c).equals("obl") && g.lemma(c).equals("protest") && "in".equals(g.caseMarker(c)) && policyObject(g, c);
  }

  /** The grievance word's object (direct, or after "at", "by", "against", "to") is a policy noun or names one. */
  private static boolean policyObject(SentenceGraph g, int w) {
    for (int o : g.children(w)) {
      String r = g.baseRelation(o);
      String marker = g.caseMarker(o);
      boolean object = r.equals("obj") || (r.equals("obl") || r.equals("nmod")) && marker != null && GRIEVANCE_CASES.contains(marker);
      if (!object || !g.token(o).pos().startsWith("NN") || g.token(o).pos().startsWith("NNP")) continue;
      if (POLICY.contains(g.lemma(o)) || POLICY.contains(g.word(o).toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }
}
