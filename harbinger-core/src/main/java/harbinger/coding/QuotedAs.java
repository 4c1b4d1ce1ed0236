package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The speaker of a reporting frame "A quoted B as V-ing ..." ("the agency IRNA quoted Foreign Minister Kharrazi as
 * condemning the strikes", "Interfax quoted the defence minister as criticising Washington"): B, the object of the
 * reporting verb, does V, not A (the medium that reports it). The parser attaches the "as V-ing" clause in two
 * ways: as an adverbial clause of the reporting verb ("as saying", "as urging Israel to ..."), or, when a proper
 * noun follows the participle, as a modifier of that noun inside an "as" oblique ("as accusing Israel": the
 * participle modifies "Israel", which is then V's object, the target), or loosely, the participle hanging on an
 * "as" that hangs on the reporting verb.
 * Thread-safe (stateless).
 */
final class QuotedAs {
  /** Verbs of reporting whose object is the person reported ("quoted X as saying", "cited X as warning"). */
  private static final Set<String> REPORTING = Set.of("quote", "cite", "describe", "portray", "report", "paraphrase");

  private QuotedAs() {}

  /**
   * The speaker and, for the "as accusing Israel" parse, the target of participle {@code v}; null when {@code v}
   * stands in no such frame.
   *
   * @return {speaker, target-or-null}, or null
   */
  static Integer @Nullable [] of(SentenceGraph g, int v) {
    if (!g.token(v).pos().equals("VBG") || g.head(v) < 0) return null;
    int h = g.head(v);
    String rel = g.relation(v);
    if ((rel.startsWith("advcl") || rel.equals("xcomp")) && g.hasMarker(v, "as") && reporting(g, h)) {
      Integer speaker = g.child(h, "obj");
      return speaker == null ? null : new Integer[] {speaker, null};
    }
    if (rel.equals("dep") && g.lemma(h).equals("as") && g.relation(h).equals("dep") && g.head(h) >= 0 && reporting(g, g.head(h))) {
      // "quoted Tariq Aziz as accusing the United States": "as" hangs loose on the verb, the participle on "as"
      Integer speaker = g.child(g.head(h), "obj");
      return speaker == null ? null : new Integer[] {speaker, null};
    }
    if (rel.equals("amod") && "as".equals(g.caseMarker(h)) && g.baseRelation(h).equals("obl")
        && g.head(h) >= 0 && reporting(g, g.head(h))) {
      Integer speaker = g.child(g.head(h), "obj");
      return speaker == null ? null : new Integer[] {speaker, h};
    }
    return null;
  }

  private static boolean reporting(SentenceGraph g, int verb) {
    return g.token(verb).isVerb() && REPORTING.contains(g.lemma(verb));
  }
}
