package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * The wire formula by which a source is granted anonymity ("who spoke on condition of anonymity because he was not
 * authorized to discuss the talks", "who requested anonymity to speak candidly about the nominee", "an official not
 * permitted to comment publicly"): its verbs of speaking say why the source is unnamed, not what anyone said, so they
 * attribute nothing. Pure functions over a {@link SentenceGraph}.
 */
final class AnonymityFormula {
  private AnonymityFormula() {}

  /** Verbs that permit, whose negated or passive form explains the anonymity ("not authorized to discuss"). */
  private static final Set<String> PERMITTING = Set.of("authorize", "authorise", "permit", "allow", "clear", "empower");

  /** Verbs whose negated passive asked for says the source is unnamed ("asked not to be named"). */
  private static final Set<String> NAMING = Set.of("name", "identify", "quote");

  /** Is cue verb {@code v} part of an anonymity formula? */
  static boolean inFormula(SentenceGraph g, int v) {
    if (mentionsAnonymity(g, v)) return true; // "requested anonymity", "spoke on condition of anonymity"
    if (notToBeNamed(g, v)) return true; // "who asked not to be named, told Reuters"
    int host = g.head(v);
    if (host < 0 || !g.hasMarker(v, "to")) return false;
    // "was not authorized to discuss", "not permitted to comment publicly"
    if (PERMITTING.contains(g.lemma(host)) && g.relation(v).equals("xcomp")) return true;
    // "requested anonymity to speak candidly", "spoke on condition of anonymity to talk freely"
    return mentionsAnonymity(g, host);
  }

  /** Has the verb a negated passive infinitive of naming ("asked not to be named", "requested not to be identified")? */
  private static boolean notToBeNamed(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (c < v || !g.relation(c).equals("xcomp") || !NAMING.contains(g.lemma(c)) || !g.hasMarker(c, "to")) continue;
      boolean not = false;
      boolean passive = false;
      for (int d : g.children(c)) {
        if (g.word(d).equalsIgnoreCase("not")) not = true;
        if (g.relation(d).equals("aux:pass")) passive = true;
      }
      if (not && passive) return true;
    }
    return false;
  }

  /** Has the verb "anonymity" (or "anonymously") in its object, oblique or adverb ("on condition of anonymity")? */
  private static boolean mentionsAnonymity(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.baseRelation(c).matches("obj|iobj|obl|advmod")) continue; // not its subject: "An aide who requested anonymity said"
      var sub = g.subtree(c);
      for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
        if (g.word(i).toLowerCase(Locale.ROOT).startsWith("anonym")) return true;
      }
    }
    return false;
  }
}
