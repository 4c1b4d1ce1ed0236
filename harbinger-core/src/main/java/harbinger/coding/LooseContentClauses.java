package harbinger.coding;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Content clauses the parser attached loosely to the verb that states them. After an addressee, the parser often
 * leaves the clause of a warning, a demand or a statement as {@code dep} of the verb, with its "that" as {@code dep}
 * of the clause ("warned his Russian counterpart that meddling would have consequences", "warned protesters that
 * troops would crush any unrest"), or, with no "that", as {@code parataxis} right after the addressee ("warned Kenya
 * it would hold back a loan"). Either is what the verb says, as a {@code ccomp} would be: its words and its subject
 * are the verb's context ({@link TriggerFinder}). A that-clause left as {@code dep} of any verb, or hung as
 * {@code ccomp} on the verb's object, is the verb's complement too ({@link #loose}). Pure functions over a
 * {@link SentenceGraph}.
 */
final class LooseContentClauses {
  private LooseContentClauses() {}

  /** Verbs whose loosely attached clause is their content: warnings, demands, statements to an addressee. */
  private static final Set<String> STATING = Set.of("warn", "tell", "insist", "demand", "caution", "remind",
      "assure", "notify", "inform", "threaten", "vow", "pledge", "promise");

  /** Punctuation that closes the verb's own phrase before a parenthetical or an appended clause. */
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "--", "-", "(", ")", "\"", "''", "``");

  /**
   * Whether clause {@code c} is loosely attached content of its head, either way: a that-clause on any verb
   * ({@link #loose}) or a clause of a stating verb ({@link #content}).
   */
  static boolean ofHead(SentenceGraph g, int c) {
    return loose(g, c) || g.head(c) >= 0 && content(g, g.head(c), c);
  }

  /**
   * A that-clause the parser left as a loose "dep" of the verb, or hung as a "ccomp" on the verb's object, with its
   * "that" as a "dep" of the clause ("assured the protesters that free elections would be held"): it is the verb's
   * complement all the same, whatever the verb.
   */
  static boolean loose(SentenceGraph g, int c) {
    int h = g.head(c);
    if (h < 0 || h > c || !g.token(c).isVerb()) return false;
    boolean onObject = g.relation(c).equals("ccomp") && g.token(h).isNoun() && g.relation(h).equals("obj");
    if (!g.relation(c).equals("dep") && !onObject) return false;
    return opensWithThat(g, c, rel -> rel.equals("dep") || rel.equals("mark"));
  }

  /** Whether clause {@code c}, a child of verb {@code v}, is a loosely attached content clause of {@code v}. */
  static boolean content(SentenceGraph g, int v, int c) {
    if (c < v || !g.token(v).isVerb() || !g.token(c).isVerb()) return false;
    if (!STATING.contains(g.lemma(v).toLowerCase(java.util.Locale.ROOT))) return false;
    String rel = g.relation(c);
    if (rel.equals("dep")) return opensWithThat(g, c, base -> !base.equals("nsubj"));
    if (rel.equals("parataxis")) return !broken(g, v, c) && subject(g, c);
    return false;
  }

  /** The clause opens with a "that" the parser left as a dependent of the clause's verb, in a relation accepted. */
  private static boolean opensWithThat(SentenceGraph g, int c, Predicate<String> baseRelation) {
    for (int k : g.children(c)) if (k < c && g.word(k).equalsIgnoreCase("that") && baseRelation.test(g.baseRelation(k))) return true;
    return false;
  }

  /** Punctuation between the verb and the clause: the clause is appended, not the verb's content. */
  private static boolean broken(SentenceGraph g, int v, int c) {
    for (int k = v + 1; k < c; k++) if (BREAKS.contains(g.word(k))) return true;
    return false;
  }

  private static boolean subject(SentenceGraph g, int c) {
    return g.child(c, "nsubj") != null || g.child(c, "nsubj:pass") != null;
  }
}
