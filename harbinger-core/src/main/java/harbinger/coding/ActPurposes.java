package harbinger.coding;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a material act is for or done as, for {@link Salience}: "rallied in Belgrade to demand that Milosevic quit"
 * (the demand is what the rally is for: one demonstration for a change of leader, 1411, not a rally and a demand),
 * "recalled its ambassador in protest at the arrests" (the protest is the manner of the recall, not a demonstration
 * of its own). The CAMEO codebook codes the act; its purpose or manner is part of it, as the sub-codes of 14x
 * ("demonstrate for leadership change") show. A verbal act in the infinitive of another verbal act ("threatened to
 * demand") is left to {@link VerbalContent}. Stateless.
 */
final class ActPurposes {
  private ActPurposes() {}

  /**
   * The token of the material act that trigger {@code t} is the purpose or manner of, or -1: a verbal trigger in a
   * subjectless "to" complement of a material trigger, or a "protest" noun in an "in" phrase of any other trigger.
   */
  static int anchor(SentenceGraph g, Trigger t, List<Trigger> triggers, Predicate<Trigger> verbal) {
    int k = t.token();
    int h = g.head(k);
    if (h < 0) return -1;
    if (verbal.test(t) && !t.noun() && g.baseRelation(k).equals("xcomp") && g.hasMarker(k, "to")
        && g.subject(k) == null && isTrigger(triggers, h, verbal, true)) {
      return h;
    }
    boolean protest = t.noun() && g.lemma(k).toLowerCase(Locale.ROOT).equals("protest") && "in".equals(g.caseMarker(k))
        && (g.baseRelation(k).equals("obl") || g.baseRelation(k).equals("nmod"));
    return protest && isTrigger(triggers, h, verbal, false) ? h : -1;
  }

  /** Is there a trigger at token {@code h} (a material one, when {@code material})? */
  private static boolean isTrigger(List<Trigger> triggers, int h, Predicate<Trigger> verbal, boolean material) {
    for (Trigger u : triggers) if (u.token() == h && !(material && verbal.test(u))) return true;
    return false;
  }
}
