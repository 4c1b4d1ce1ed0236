package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A protest whose demand is stated by a participle beside it is one act, the protest, coded by what it demands:
 * "marched on parliament, demanding the resignation of the president" is 1411 (not 141 plus a separate 1041), "went
 * on strike demanding the right to form unions" 1433. The codebook codes demands "that take the form of
 * demonstrations, protests, etc." under root 14, so the demand is folded into the protest.
 *
 * <p>Only a demand or appeal of a known kind (1041-1044, 0241-0244: leadership, policy, rights, institutions) refines
 * the protest ("calling for an end to one-party rule" beside a rally is its aim, not a separate appeal); the
 * protest keeps a code the lexicon already made specific (its context includes such a participle clause, see
 * {@link TriggerFinder}); any demand or appeal in that clause is dropped as the protest's own. The demand must hang
 * from the protest verb as a bare participle clause ("demanding", "calling for").
 */
final class ProtestAims {
  private ProtestAims() {}

  /** Protest codes that take the demand's kind as a fourth digit (demonstration, hunger strike, strike, blockade, riot). */
  private static final Set<String> PROTESTS = Set.of("140", "141", "142", "143", "144", "145");
  private static final Set<String> PARTICIPLE_RELATIONS = Set.of("dep", "advcl", "xcomp", "conj");

  /** The triggers with each protest refined by its participle demand and that demand removed. */
  static List<Trigger> apply(SentenceGraph g, List<Trigger> found) {
    List<Trigger> out = new ArrayList<>(found);
    for (Trigger p : found) {
      if (p.noun() || !p.code().startsWith("14")) continue;
      for (Trigger d : found) {
        if (d == p || !demandOrAppeal(d) || !besideProtest(g, d.token(), p.token()) || !participle(g, d.token())) continue;
        int at = out.indexOf(p);
        if (at < 0) continue;
        if (PROTESTS.contains(p.code()) && aim(d)) {
          String code = (p.code().equals("140") ? "141" : p.code()) + d.code().charAt(3);
          LexiconEntry e = p.entry();
          out.set(at, new Trigger(p.token(), new LexiconEntry(code, e.lemma(), e.noun(), e.particle(), e.conditions(),
              e.symmetric(), e.origin())));
        }
        out.remove(d);
        break;
      }
    }
    return out;
  }

  /** Relations of the protest verb's own phrases on which the parser may hang its participle ("thronged the square ...
   *  demanding", "thronged the square for a fifth day demanding"), or on its subject ("crowds demanding his
   *  resignation set fire to ..."). */
  private static final Set<String> OWN_PHRASES = Set.of("obj", "obl", "obl:tmod", "obl:npmod", "nsubj");

  /**
   * The participle hangs from the protest verb, or as a clause describing ("acl") the verb's object or oblique, where
   * the parser often puts it: "packed the main square in Bucharest demanding that Ceausescu step down".
   */
  private static boolean besideProtest(SentenceGraph g, int d, int p) {
    int h = g.head(d);
    if (h == p) return true;
    return h >= 0 && (g.relation(d).equals("acl") || demandBeforeObject(g, d)) && g.head(h) == p && OWN_PHRASES.contains(g.relation(h));
  }

  /**
   * "filled the streets of Barcelona demanding independence": the parser may take the participle for an adjective of
   * the bare noun right after it, which it then hangs on the protest verb as a second object. A demanding verb right
   * before a noun with no determiner is that clause, not a modifier ("the demanding crowd").
   */
  private static boolean demandBeforeObject(SentenceGraph g, int d) {
    int h = g.head(d);
    return g.relation(d).equals("amod") && h == d + 1 && g.token(d).pos().equals("VBG") && DEMANDING.contains(g.lemma(d))
        && g.child(h, "det") == null && g.child(h, "nmod:poss") == null;
  }

  /**
   * "rallied in Santiago on Thursday demanding ...", "marched through Glasgow demanding ...": the parser may take the
   * preposition before the participle for its marker and the preposition's noun for its subject; that subject is no
   * doer of the demand.
   */
  private static boolean prepositionSubject(SentenceGraph g, int d) {
    Integer s = g.child(d, "nsubj");
    if (s == null || !g.token(s).isNoun() || s > d) return false;
    for (int c : g.children(d)) if (g.relation(c).equals("mark") && g.token(c).pos().equals("IN") && c == s - 1) return true;
    return false;
  }

  private static boolean demandOrAppeal(Trigger d) {
    return d.code().startsWith("10") || d.code().startsWith("02");
  }

  private static boolean aim(Trigger d) {
    String c = d.code();
    return c.length() == 4 && (c.startsWith("104") || c.startsWith("024")) && c.charAt(3) >= '1' && c.charAt(3) <= '4';
  }

  /**
   * "demanding the resignation", "calling for democracy": a present participle clause without its own subject; or a
   * purpose infinitive, which states the aim the same way ("camped outside army headquarters to demand an end to his
   * rule", "gathered in the square to demand that he step down").
   */
  private static boolean participle(SentenceGraph g, int d) {
    String rel = g.relation(d);
    boolean form = g.token(d).pos().equals("VBG") || g.token(d).pos().equals("VB") && g.hasMarker(d, "to");
    if (form && demandBeforeObject(g, d)) return true;
    return form && (PARTICIPLE_RELATIONS.contains(rel) || rel.equals("acl")) && (g.child(d, "nsubj") == null || prepositionSubject(g, d));
  }

  /** Verbs whose participle beside an act states what the act demands: "marched, demanding ...", "calling for ...". */
  private static final Set<String> DEMANDING = Set.of("demand", "call", "chant", "urge", "seek", "press", "insist");

  /**
   * A bare participle clause of demanding ("demanding the resignation of", "calling for an end to") beside a verb: part
   * of that verb's context (what a march or a strike is for), which the parser attaches as "dep" or "advcl".
   */
  static boolean demandParticiple(SentenceGraph g, int c) {
    return DEMANDING.contains(g.lemma(c)) && participle(g, c);
  }
}
