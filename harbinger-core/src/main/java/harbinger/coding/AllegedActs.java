package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Acts the sentence does not report as done. Alleged acts, named only as what an inquiry or charge is about: "an investigation of illegal arms sales to Croatia", "a
 * probe into the killings", "on suspicion of smuggling weapons". The sentence reports the inquiry, the order or
 * the arrest; the act under it is alleged, not reported as done, so CAMEO codes no event for it (the inquiry,
 * accusation or arrest is coded by its own trigger). An event noun is alleged when it hangs by "of", "into",
 * "over" or "for" from an inquiry or allegation noun, directly or as a later conjunct ("an inquiry into the
 * bribes and the arms sales"). Prevented acts: whatever lies in the object of "prevent", "thwart" or "foil" did not happen ("police prevented
 * the demonstration"). Stateless and thread-safe.
 */
final class AllegedActs {
  /** Nouns whose complement is an act under inquiry or alleged. */
  static final Set<String> ALLEGING = Set.of("investigation", "probe", "inquiry", "enquiry", "allegation",
      "accusation", "charge", "suspicion");
  private static final Set<String> CASES = Set.of("of", "into", "over", "for");

  private AllegedActs() {}

  /** Verbs whose object is an act that did not take place. */
  static final Set<String> PREVENTING = Set.of("prevent", "thwart", "foil", "avert", "forestall", "preempt", "pre-empt");

  /** The triggers except event nouns naming an alleged act and triggers inside a prevented act. */
  static List<Trigger> without(SentenceGraph g, List<Trigger> triggers) {
    List<Trigger> out = new ArrayList<>(triggers.size());
    for (Trigger t : triggers) if (!(t.noun() && alleged(g, t.token())) && !prevented(g, t.token())) out.add(t);
    return out;
  }

  /**
   * Whether {@code k} lies in the object of a preventing verb: "police prevented the demonstration", "foiled a plot
   * to bomb the embassy". The parser sometimes splits a noun and its participle off as a clause of the verb ("prevented
   * the demonstration staged by students to protest ..."): such a clause is the object too.
   */
  static boolean prevented(SentenceGraph g, int k) {
    for (int steps = 0; steps < 12 && k >= 0; steps++) {
      int h = g.head(k);
      if (h < 0) return false;
      String rel = g.relation(k);
      boolean object = rel.equals("obj") || (rel.equals("dep") && g.token(k).pos().equals("VBN"));
      if (object && g.token(h).isVerb() && PREVENTING.contains(g.lemma(h).toLowerCase(java.util.Locale.ROOT))) return true;
      // a clause of its own (a conjunct, a parenthetical, the reporting verb above) is not inside the object
      if (rel.equals("conj") || rel.equals("parataxis") || rel.startsWith("ccomp") || rel.equals("root")) return false;
      k = h;
    }
    return false;
  }

  /** Whether noun {@code k} is (a conjunct of) the act an inquiry or allegation noun is about. */
  static boolean alleged(SentenceGraph g, int k) {
    for (int steps = 0; steps < 4 && g.head(k) >= 0 && g.relation(k).equals("conj"); steps++) k = g.head(k);
    int h = g.head(k);
    if (h < 0 || !g.baseRelation(k).equals("nmod") || !CASES.contains(String.valueOf(g.caseMarker(k)))) return false;
    String noun = g.lemma(h).toLowerCase(java.util.Locale.ROOT);
    // "the commander in charge of the offensive" is in command of it, not accused of it
    if (noun.equals("charge") && "in".equals(g.caseMarker(h))) return false;
    return ALLEGING.contains(noun);
  }
}
