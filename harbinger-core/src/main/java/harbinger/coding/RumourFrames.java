package harbinger.coding;

import java.util.BitSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Talk that spreads with no one named as its teller: "Rumours spread (through the camps) that a second quake would
 * strike", "Word circulated that the army had been put on alert", "Speculation grew that ...". The noun of talk is
 * the source of the "that" clause, whether the parser hung the clause on the verb or on the noun (session 21). Pure
 * function, for ReportedSpeech.
 */
final class RumourFrames {
  private RumourFrames() {}

  private static final Set<String> TALK = Set.of("rumour", "rumor", "word", "speculation", "talk", "report", "whisper");
  private static final Set<String> SPREADING = Set.of("spread", "circulate", "swirl", "grow", "mount", "emerge", "abound",
      "persist", "fly", "go");

  /** The noun of talk as speaker and its "that" clause as content, or null. */
  static DetachedSubjects.@Nullable Swallowed spread(SentenceGraph g, int v) {
    if (!g.token(v).isVerb() || !SPREADING.contains(g.lemma(v))) return null;
    Integer talk = g.subject(v);
    if (talk == null || talk > v || !g.token(talk).isNoun() || !TALK.contains(g.lemma(talk))) return null;
    Integer clause = g.child(v, "ccomp");
    if (clause == null) clause = g.child(talk, "acl");
    if (clause == null) clause = g.child(talk, "ccomp");
    if (clause == null || clause < v && clause < talk || !g.token(clause).isVerb() && g.child(clause, "cop") == null) return null;
    boolean that = false;
    for (int c : g.children(clause)) if (g.baseRelation(c).equals("mark") && g.word(c).equalsIgnoreCase("that")) that = true;
    if (!that) return null;
    BitSet content = g.subtree(clause);
    for (int c : g.children(clause)) if (g.baseRelation(c).equals("mark")) content.clear(c);
    return new DetachedSubjects.Swallowed(talk, content);
  }
}
