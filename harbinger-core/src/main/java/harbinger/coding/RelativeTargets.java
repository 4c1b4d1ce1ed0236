package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The party named inside a relative clause on a trigger's object: "lifted the sanctions it had imposed on Khartoum",
 * "restored the ties that it had cut with Israel", "scrapped the tariffs it had slapped on Australian barley". Undoing
 * or renewing a measure acts on the party the measure was aimed at. The parser often hangs the clause on the verb
 * (as dep, parataxis or ccomp) instead of on the object; either way the clause must start right after the object
 * with a pronoun subject or a relative word, so that a following clause of its own ("..., it said on Monday") is not
 * read as one. A second choice of {@link InnerTargets}, used only when the object itself names no party. Stateless.
 */
final class RelativeTargets {
  private RelativeTargets() {}

  private static final Set<String> CLAUSE_RELATIONS = Set.of("acl:relcl", "acl", "dep", "parataxis", "ccomp");
  private static final Set<String> SUBJECT_WORDS = Set.of("it", "they", "he", "she", "we", "that", "which");
  private static final Set<String> PREPS = Set.of("on", "against", "with", "to", "upon", "toward", "towards");

  /** The "on/against/with/to" phrases of a relative clause on the object of verb {@code verb}, in order. */
  static List<Integer> of(SentenceGraph g, int verb) {
    List<Integer> out = new ArrayList<>();
    Integer obj = g.token(verb).isVerb() ? g.child(verb, "obj") : null;
    // "pulled out of the Kaesong industrial park it ran jointly with Pyongyang": the thing left, for a verb without object
    if (obj == null && g.token(verb).isVerb()) obj = ArgumentFinder.obliqueWith(g, verb, List.of("out", "of", "from"));
    if (obj == null) return out;
    int object = obj;
    List<Integer> clauses = new ArrayList<>();
    for (int c : g.children(object)) if (CLAUSE_RELATIONS.contains(g.relation(c)) && c > object) clauses.add(c);
    for (int c : g.children(verb)) if (CLAUSE_RELATIONS.contains(g.relation(c)) && c > object) clauses.add(c);
    for (int c : clauses) {
      if (!g.token(c).isVerb() || !startsRightAfter(g, object, c)) continue;
      for (int m : g.children(c)) {
        if (g.baseRelation(m).equals("obl") && PREPS.contains(String.valueOf(g.caseMarker(m))) && !g.nonActor(m)) out.add(m);
      }
    }
    return out;
  }

  /** The clause's first word (a relative word or pronoun subject) follows the object's phrase directly. */
  private static boolean startsRightAfter(SentenceGraph g, int object, int clause) {
    int end = object;
    for (int k = object + 1; k < clause && g.head(k) == object; k++) end = k;
    int first = end + 1;
    if (first >= clause) return false;
    String w = g.word(first).toLowerCase(Locale.ROOT);
    if (!SUBJECT_WORDS.contains(w)) return false;
    int h = g.head(first);
    return h == clause || g.head(h) == clause;
  }
}
