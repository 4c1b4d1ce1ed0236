package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A claim of responsibility told without the word "claim": "Hamas said its fighters had carried out the bombing",
 * "the group said it had staged the attack", "the rebels announced that their units had ambushed the convoy". The
 * speaker says that it, or its own fighters ("its", "their", "our"), did an attack: CAMEO 015 (claim responsibility),
 * coded on the reporting verb; the attack itself is coded as usual. Not a claim: a future or conditional act ("said it
 * would carry out attacks": a threat), a negated one ("said its men had not carried out"), another party's act ("said
 * the army had carried out"). Stateless.
 */
final class ClaimedActs {
  private ClaimedActs() {}

  /** Verbs that report the claim. */
  private static final Set<String> REPORTING = Set.of("say", "announce", "state", "declare", "boast");

  /** Verbs of doing an act named by their object ("carried out the bombing", "staged an attack"). */
  private static final Set<String> DOING = Set.of("carry", "stage", "launch", "conduct", "mount", "perpetrate",
      "execute", "commit");

  /** Verbs that are the attack themselves. */
  private static final Set<String> ATTACKING = Set.of("attack", "bomb", "ambush", "assassinate", "kill", "shoot",
      "kidnap", "abduct", "hijack", "blow", "detonate", "fire", "raid", "storm");

  /** Nouns of attacks, the object of a verb of doing. */
  private static final Set<String> ATTACKS = Set.of("attack", "bombing", "raid", "ambush", "assault", "operation",
      "blast", "explosion", "strike", "killing", "assassination", "shooting", "hijacking", "kidnapping", "abduction",
      "massacre", "bombings", "attacks", "raids", "operations", "ambushes");

  /** Pronouns by which the speaker names itself or owns the doers. */
  private static final Set<String> OWN = Set.of("it", "they", "we", "its", "their", "our");

  private static final Set<String> NOT_DONE = Set.of("would", "will", "could", "might", "may", "should", "wo", "can",
      "shall", "must", "not", "n't", "never");

  /** True when reporting verb {@code i} says that the speaker or its own men did an attack. */
  static boolean claim(SentenceGraph g, int i) {
    if (!REPORTING.contains(g.lemma(i).toLowerCase(Locale.ROOT))) return false;
    for (int c : g.children(i)) {
      if (g.relation(c).equals("ccomp") && g.token(c).isVerb() && attack(g, c) && ownDoer(g, c) && done(g, c)) return true;
    }
    return false;
  }

  static Trigger trigger(SentenceGraph g, int i) {
    return new Trigger(i, new LexiconEntry("015", g.lemma(i), false, null, List.of(), false, "ClaimedActs"));
  }

  private static boolean attack(SentenceGraph g, int v) {
    String lemma = g.lemma(v).toLowerCase(Locale.ROOT);
    if (ATTACKING.contains(lemma)) return true;
    if (!DOING.contains(lemma)) return false;
    Integer object = g.child(v, "obj");
    if (object == null) object = g.child(v, "nsubj:pass");
    return object != null && ATTACKS.contains(g.lemma(object).toLowerCase(Locale.ROOT));
  }

  /** The clause's doer is "it"/"they"/"we" or a noun owned by "its"/"their"/"our" ("its fighters"). */
  private static boolean ownDoer(SentenceGraph g, int v) {
    Integer subject = g.child(v, "nsubj");
    if (subject == null) return false;
    if (OWN.contains(g.word(subject).toLowerCase(Locale.ROOT))) return true;
    Integer owner = g.child(subject, "nmod:poss");
    return owner != null && OWN.contains(g.word(owner).toLowerCase(Locale.ROOT));
  }

  /** The act is told as done: no modal, no negation. */
  private static boolean done(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      String r = g.baseRelation(c);
      if ((r.equals("aux") || r.equals("advmod") || r.equals("neg")) && NOT_DONE.contains(g.word(c).toLowerCase(Locale.ROOT))) return false;
    }
    String pos = g.token(v).pos();
    return pos.equals("VBD") || pos.equals("VBN");
  }
}
