package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Parts of a sentence that say what an act is although the walk over the trigger's dependents stops at them (see
 * {@link TriggerFinder}): a label put on the act in an "in what X called Y" clause ("expelled thousands in what UN
 * officials called a campaign of ethnic cleansing"), a gerund complement the parser left loose together with the
 * verb's own particle ("ruled out stepping down", parsed with "out" hanging from "stepping"), and
 * the subject of what reports or claims say ("looking into reports that one of its jets had hit a convoy": what was
 * investigated is the jets' strike), and the relative clause of a document the act is done to ("voted down a motion
 * that would have let American troops use Turkish soil": what was voted down is the troops' use of the soil). Pure
 * functions over a {@link SentenceGraph}.
 */
final class WiderContext {
  private WiderContext() {}

  /** Verbs naming an act in an "in what X called Y" clause. */
  private static final Set<String> NAMING = Set.of("call", "describe", "term", "brand", "label", "denounce", "condemn");

  /** Nouns whose "that" clause tells what they report: "reports that", "claims that". */
  private static final Set<String> REPORTS = Set.of("report", "claim", "allegation", "account", "accusation", "suspicion");

  /** Particles of phrasal verbs that the parser may hang on a following gerund ("ruled out stepping down"). */
  private static final Set<String> PARTICLES = Set.of("out", "off");

  /** {@code c}, a clause under verb {@code v}, is "in what X called ...": its words name the act of {@code v}. */
  static boolean actLabel(SentenceGraph g, int v, int c) {
    if (!g.relation(c).startsWith("advcl") || c < v || !g.hasMarker(c, "in")) return false;
    if (!NAMING.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return false;
    for (int k : g.children(c)) if (k < c && g.baseRelation(k).equals("obj") && g.lemma(k).equalsIgnoreCase("what")) return true;
    return false;
  }

  /**
   * {@code c}, a gerund right after verb {@code v} and its particle, has taken the particle from the verb ("ruled out
   * stepping down" parsed with "out" hanging from "stepping"): the gerund with all its words is the verb's complement.
   */
  static boolean looseGerund(SentenceGraph g, int v, int c) {
    if (!g.token(c).pos().equals("VBG") || c != v + 2) return false;
    int p = v + 1;
    return g.head(p) == c && g.token(p).pos().equals("RP") && PARTICLES.contains(g.lemma(p).toLowerCase(Locale.ROOT));
  }

  /** Verbs of demanding whose bare clause ("demanding the repeal of a law rushed through parliament") states the demand. */
  private static final Set<String> DEMANDING = Set.of("demand", "call", "urge", "insist");

  /**
   * Subject {@code c} of a clause {@code i} that complements a verb of demanding without "that": the parser reads
   * "demanding the repeal of a labour law rushed through parliament" as a clause whose subject is "the repeal", which is
   * what is demanded, so it is the demand's content (as a that-clause's subject is, see {@link TriggerFinder}).
   */
  static boolean demandedSubject(SentenceGraph g, int i, String rel) {
    if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) return false;
    int h = g.head(i);
    return h >= 0 && g.relation(i).equals("ccomp") && g.child(i, "mark") == null && g.token(h).isVerb()
        && DEMANDING.contains(g.lemma(h).toLowerCase(Locale.ROOT));
  }

  /** Subject {@code c} of clause {@code i}, which is the "that" clause of a report noun: "reports that its jets had hit". */
  static boolean reportedSubject(SentenceGraph g, int i, String rel) {
    if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) return false;
    int h = g.head(i);
    return h >= 0 && g.relation(i).equals("ccomp") && g.hasMarker(i, "that") && g.token(h).isNoun()
        && REPORTS.contains(g.lemma(h).toLowerCase(Locale.ROOT));
  }

  /** Relations by which an act takes the document it is done to: "voted down a motion", "a treaty was rejected". */
  private static final Set<String> DONE_TO = Set.of("obj", "nsubj:pass", "obl:npmod");

  /**
   * {@code c}, a relative clause of {@code i}, tells what a document says when {@code i} is a document noun (motion,
   * bill, treaty, plan) that is the object of the trigger ({@code depth} 1): "voted down a motion that would have let
   * troops use its soil", "rejected a bill that would allow the navy to refuel warships". Session 22.
   */
  static boolean documentClause(SentenceGraph g, int i, int c, int depth) {
    return depth == 1 && DONE_TO.contains(g.relation(i)) && VerbalContent.documentContent(g, c);
  }

  /** Verbs of looking at a place: what happened there is what is looked into. */
  private static final Set<String> INSPECTING = Set.of("examine", "inspect", "visit", "tour", "survey", "check",
      "assess", "view");

  /**
   * {@code c}, a relative clause of {@code i} within the object of a verb of inspecting a place ({@code depth} 1 to 3
   * below it), tells what happened at the place inspected: "monitors examined the site where rockets struck a bus",
   * "observers examined the ruins of the building that was flattened by an air strike". Session 22.
   */
  static boolean siteClause(SentenceGraph g, int i, int c, int depth) {
    if (depth < 1 || depth > 3 || !g.relation(c).equals("acl:relcl")) return false;
    int t = i;
    for (int d = depth; d > 0 && t >= 0; d--) t = g.head(t);
    return t >= 0 && g.token(t).isVerb() && INSPECTING.contains(g.lemma(t).toLowerCase(Locale.ROOT));
  }
}
