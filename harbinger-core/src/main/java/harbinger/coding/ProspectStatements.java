package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Outlooks stated by a speaker: "the finance minister said prospects for the economy had grown dimmer", "said hopes
 * of a deal were fading", "said the chances of peace were slim" (012, pessimism); "said the outlook had never looked
 * brighter" (013, optimism). The codebook codes explicit pessimism or optimism as a verbal act of the speaker. A
 * prospect that dims with nobody saying so ("hopes of a recovery faded as sales fell") is narrative, no event. The
 * sign is a reporting verb whose that-clause has a prospect noun (prospect, hope, outlook, chance, odds) as the
 * subject of a word of dimming or brightening; the trigger is the reporting verb, so its subject is the source.
 * Stateless.
 */
final class ProspectStatements {
  private ProspectStatements() {}

  /** Verbs that report what their subject says or thinks. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "warn", "believe", "predict", "admit",
      "acknowledge", "state", "declare", "concede");

  /** Nouns of what may come. */
  private static final Set<String> PROSPECTS = Set.of("prospect", "prospects", "hope", "hopes", "outlook", "chance",
      "chances", "odds", "likelihood", "possibility");

  /** Words of a prospect growing worse: verbs ("faded", "darkened") and predicates ("dimmer", "slim", "bleak"). */
  private static final Set<String> DIMMING = Set.of("dim", "dimmer", "fade", "darken", "dwindle", "recede",
      "evaporate", "vanish", "diminish", "slim", "slimmer", "bleak", "bleaker", "gloomy", "gloomier", "poor", "poorer",
      "remote", "dark", "darker", "worsen", "deteriorate", "grim", "grimmer", "dire", "sombre", "somber", "faint",
      "fainter", "negligible", "nil", "doubtful", "shrink");

  /** Words of a prospect growing better: "brighter", "improved", "good". */
  private static final Set<String> BRIGHTENING = Set.of("bright", "brighter", "brighten", "improve", "good", "better",
      "rosy", "rosier", "promising", "excellent", "strong", "stronger", "encouraging", "favourable", "favorable");

  /** A 012 or 013 trigger at reporting verb {@code i} when its clause states a prospect dimming or brightening. */
  static @Nullable Trigger trigger(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !REPORTING.contains(g.lemma(i)) || !hasSpeaker(g, i)) return null;
    Integer clause = g.child(i, "ccomp");
    // "Prospects for a settlement look bleak, the minister conceded": the fronted report is the head of the reporting verb
    if (clause == null && g.relation(i).equals("parataxis") && g.head(i) >= 0 && i > g.head(i)) clause = g.head(i);
    // ... or a clause the parser hung before it as an adverbial one
    if (clause == null) clause = frontedClause(g, i);
    if (clause == null) return misparsed(g, i);
    String code = clauseCode(g, clause);
    return code == null ? null : new Trigger(i, new LexiconEntry(code, g.lemma(i), false, null, List.of(), false,
        "ProspectStatements"));
  }

  /** Commentators of markets and affairs, whose outlook is no actor's statement: "analysts said chances looked slim". */
  private static final Set<String> COMMENTATORS = Set.of("analyst", "economist", "trader", "investor", "expert",
      "observer", "commentator", "dealer", "strategist", "forecaster", "pundit", "pollster");

  /** The reporting verb has a subject, or is the second verb of one that has ("cut its forecast and said ..."). */
  private static boolean hasSpeaker(SentenceGraph g, int i) {
    Integer speaker = g.subject(i);
    if (speaker != null && COMMENTATORS.contains(g.lemma(speaker).toLowerCase(java.util.Locale.ROOT))) return false;
    if (speaker != null) return true;
    return g.relation(i).equals("conj") && g.head(i) >= 0 && g.subject(g.head(i)) != null;
  }

  /**
   * "said hopes of stabilising the rouble were fading", parsed with the prospect as the object of "said" and the
   * dimming verb as a clause on it.
   */
  private static @Nullable Trigger misparsed(SentenceGraph g, int i) {
    Integer obj = g.child(i, "obj");
    if (obj == null || !PROSPECTS.contains(g.lemma(obj))) return null;
    for (int c : g.children(obj)) {
      if (!g.baseRelation(c).equals("acl") || !g.token(c).isVerb()) continue;
      String code = word(g, c);
      if (code != null) return new Trigger(i, new LexiconEntry(code, g.lemma(i), false, null, List.of(), false, "ProspectStatements"));
    }
    return null;
  }

  /** An adverbial clause before reporting verb {@code i} whose subject is a prospect noun, or null. */
  private static @Nullable Integer frontedClause(SentenceGraph g, int i) {
    for (int c : g.children(i)) if (c < i && g.relation(c).startsWith("advcl") && prospectSubject(g, c)) return c;
    return null;
  }

  /** The outlook a reported clause states, or null. */
  private static @Nullable String clauseCode(SentenceGraph g, int clause) {
    String code = code(g, clause);
    if (code != null || !prospectSubject(g, clause)) return code;
    // "said prospects had grown dimmer", "had never looked brighter": the predicate below a linking verb
    Integer predicate = g.child(clause, "xcomp");
    if (predicate != null) code = word(g, predicate);
    // "the chances ... looked bleak, state television reported": the adjective right after the linking verb,
    // whatever the parser hung it from
    if (code == null && clause + 1 < g.size() && g.token(clause + 1).pos().startsWith("JJ")) code = word(g, clause + 1);
    return code;
  }

  private static @Nullable String code(SentenceGraph g, int clause) {
    return prospectSubject(g, clause) ? word(g, clause) : null;
  }

  private static @Nullable String word(SentenceGraph g, int k) {
    String lemma = g.lemma(k);
    String w = g.word(k).toLowerCase(java.util.Locale.ROOT);
    if (DIMMING.contains(lemma) || DIMMING.contains(w)) return negated(g, k) ? null : "012";
    if (BRIGHTENING.contains(lemma) || BRIGHTENING.contains(w)) return negated(g, k) ? null : "013";
    return null;
  }

  private static boolean prospectSubject(SentenceGraph g, int clause) {
    Integer s = g.child(clause, "nsubj");
    return s != null && PROSPECTS.contains(g.lemma(s));
  }

  /** "were not bright": a negated outlook says the opposite; left uncoded rather than guessed. */
  private static boolean negated(SentenceGraph g, int k) {
    for (int c : g.children(k)) if (g.relation(c).equals("advmod") && g.lemma(c).equals("not")) return true;
    return false;
  }
}
