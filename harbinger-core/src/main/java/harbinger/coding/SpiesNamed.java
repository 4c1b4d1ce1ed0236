package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An accusation of espionage told as a plain statement that someone is a spy: "Iraq said that the reporter held in
 * Baghdad was an Israeli spy", "the junta said the arrested economist was a foreign agent". The statement verb is
 * the accusation (1125) when its reported clause is a copular one whose predicate is a spy noun; "agent" and
 * "operative" must say whose or what kind (a foreign, secret, intelligence or national agent, not an estate agent or
 * a free agent). A denial ("said he was not a spy") and a speaker's own status ("we are no spies") are no accusation.
 * Session 21. Stateless.
 */
final class SpiesNamed {
  private SpiesNamed() {}

  /** Statement verbs that report what someone is. */
  private static final Set<String> STATING = Set.of("say", "claim", "allege", "insist", "announce", "declare", "state",
      "assert", "charge", "maintain", "tell");
  /** Predicate nouns that name a spy by themselves. */
  private static final Set<String> SPIES = Set.of("spy", "spies", "mole", "moles", "informer", "informers");
  /** Predicate nouns that name a spy only with a qualifier saying for whom or of what kind. */
  private static final Set<String> AGENTS = Set.of("agent", "agents", "operative", "operatives");
  private static final Set<String> QUALIFIERS = Set.of("foreign", "secret", "intelligence", "undercover", "enemy",
      "double", "sleeper", "cia", "mossad", "mi6", "kgb", "fsb", "gru", "sbu");
  private static final Set<String> OWN = Set.of("i", "we");

  /** The 1125 trigger at statement verb {@code i}, or null. */
  static @Nullable Trigger trigger(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !STATING.contains(g.lemma(i)) || g.subject(i) == null) return null;
    Integer clause = g.child(i, "ccomp");
    if (clause == null || g.child(clause, "cop") == null || !spy(g, clause)) return null;
    Integer who = g.subject(clause);
    if (who == null || OWN.contains(g.lemma(who))) return null;
    for (int c : g.children(clause)) {
      String w = g.lemma(c);
      if (g.relation(c).equals("advmod") && (w.equals("not") || w.equals("never")) || g.relation(c).equals("det") && w.equals("no")) return null;
    }
    return new Trigger(i, new LexiconEntry("1125", g.lemma(i), false, null, List.of(), false, "SpiesNamed"));
  }

  private static boolean spy(SentenceGraph g, int n) {
    String lemma = g.lemma(n);
    if (SPIES.contains(lemma) || SPIES.contains(g.word(n).toLowerCase(Locale.ROOT))) return true;
    if (!AGENTS.contains(lemma) && !AGENTS.contains(g.word(n).toLowerCase(Locale.ROOT))) return false;
    for (int c : g.children(n)) {
      String rel = g.baseRelation(c);
      if (!rel.equals("amod") && !rel.equals("compound") && !rel.equals("nmod")) continue;
      String ner = g.token(c).ner();
      if (QUALIFIERS.contains(g.lemma(c)) || ner.equals("NATIONALITY") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY")) return true;
    }
    return false;
  }
}
