package harbinger.coding;

import harbinger.model.Modality;
import harbinger.ontology.StanceCodes;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides how a sentence presents an event: negated, conditional, future, intended or asserted (claimed and
 * historical are decided by the caller, from attribution and the resolved date). Also finds the reporting
 * verb whose complement holds the event ("X said Y bombed Z").
 *
 * <p>Implementation notes: cues are read on the trigger and on each clause above it, climbing the
 * dependency tree and stopping at a reporting verb: what is said is judged inside the report, not by "said".
 * Negation: not/never/n't/no on the trigger or a clause above it, including a noun trigger's light verb
 * ("did not hold talks"), or a governing refuse/deny/fail/reject. Conditional: an "if"/"unless" mark on the
 * trigger's clause or a clause above it, or could/might/may/should. Future: will/shall/'ll/would, "going to",
 * "is expected/scheduled/set to". Intended: the complement of plan/intend/want/seek/vow/pledge/promise/prepare/
 * threaten and the like. Precedence: negated, conditional, future, intended, asserted. Scope: a relative clause
 * opened by a relative word states its own fact (only a reporting verb above it still counts); a noun adjunct
 * ("during the visit") takes the cues of its verb and of the verbs that verb complements; a condition on a purpose
 * ("use force to protect civilians if ...") or on a conjunct that resumes the act ("would carry it out if ...")
 * conditions the act.
 */
final class ModalityFinder {
  /**
   * Verbs whose subject event is what they say happens or not: occurrence verbs ("the attack did not happen", "talks
   * never began") and, for a passive subject, support verbs ("the attack was not carried out", "no talks were held").
   */
  private static final Set<String> OCCURRENCE = Set.of("happen", "occur", "take", "begin", "start", "resume", "go",
      "proceed", "materialize", "materialise", "continue", "come", "be", "carry", "conduct", "launch", "stage", "hold",
      "mount", "make", "perform", "execute", "schedule", "plan");

  /**
   * An event noun that is the subject of a verb other than an occurrence verb ("the attack cannot be tolerated",
   * "allegations that the attacks are linked to X"): the clause is a predicate about the event.
   */
  private static boolean isSubjectOfPredicate(SentenceGraph g, int trigger) {
    if (g.token(trigger).isVerb()) return false;
    String rel = g.relation(trigger);
    if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) return false;
    int h = g.head(trigger);
    return h >= 0 && g.token(h).isVerb() && !OCCURRENCE.contains(g.lemma(h));
  }

  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
  private static final Set<String> NEGATING_VERBS = Set.of("refuse", "decline", "deny", "fail", "reject",
      "dismiss", "avoid", "cancel", "postpone", "halt", "stop", "abandon", "prevent", "forgo", "rule");
  private static final Set<String> CONDITION_MARKS = Set.of("if", "unless", "whether", "lest");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would");
  /** Passive frames that foretell their subject's act ("is expected to", "was scheduled to"). */
  static final Set<String> FUTURE_FRAMES = Set.of("expect", "schedule", "set", "due", "poise", "slate");
  static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "claim", "allege", "report", "state", "note",
      "add", "announce", "declare", "insist", "assert", "write", "tweet", "post", "argue", "suggest", "believe",
      "estimate", "predict", "confirm", "quote", "cite", "maintain", "acknowledge", "admit", "explain", "indicate",
      "reiterate", "stress", "emphasize", "emphasise", "contend", "think", "fear", "accuse", "deny", "show");
  /** Intent verbs whose subject announces its own act ("X plans to", "X vowed to"), unlike "urge" or "expect". */
  // "try"/"attempt" are left out: an attempt is an act that happened ("attempted to assassinate" is 185)
  // "decide" is left out too: a decision is an act taken ("decided to allow the candidate to run" is the permission)
  private static final Set<String> OWN_INTENT_VERBS = Set.of("plan", "intend", "want", "seek", "aim", "hope", "vow",
      "pledge", "promise", "prepare", "threaten", "propose", "offer", "consider", "mull", "wish",
      "agree", "resolve", "swear");
  /** Verbs whose complement is intended, by the subject or of others ("urged Y to", "expects X to"). */
  private static final Set<String> INTENT_VERBS = union(OWN_INTENT_VERBS, Set.of("try", "attempt", "urge", "ask",
      "call", "demand", "order", "tell", "invite", "encourage", "press", "advise", "warn", "expect", "need", "predict"));
  /** "X is willing to", "ready to", "prepared to": a stated readiness is an announced intent. */
  private static final Set<String> READINESS = Set.of("willing", "ready", "prepared", "eager", "keen", "determined",
      "committed", "poised");
  /** Verbs whose negation asserts their complement ("would not hesitate to use force"). */
  private static final Set<String> HESITATION = Set.of("hesitate");
  private static final Set<String> REFUSAL_VERBS = Set.of("refuse", "decline", "reject");
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");
  private static final Set<String> OBLIGATION_VERBS = Set.of("have", "need");
  private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "purportedly", "apparently", "supposedly");
  private static final Set<String> SETTING_PREPS = Set.of("during", "in", "at", "after", "before", "amid",
      "following", "since", "throughout");
  /** Relations through which an event is what a reporting verb reports (not an adjunct such as "in a call"). */
  private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp", "advcl", "csubj", "obj");

  /** The cues found and the reporting verb token, if any. */
  /**
   * The cues found and the reporting verb token, if any. {@code stance} says when the clause presents the act as
   * its subject's own announced act (INTENT: "will", "plans to", "is ready to"), a refusal of it (REFUSAL:
   * "refused to", "will not") or an obligation laid on its subject (DEMAND: "must", "should", "has to"); null
   * otherwise. The caller decides whether the announcement is the party's own (see {@code EventBuilder}).
   */
  record Reading(Modality modality, @Nullable Integer reportingVerb, boolean hedged, StanceCodes.@Nullable Stance stance,
                 boolean ultimatum) {
    Reading(Modality modality, @Nullable Integer reportingVerb, boolean hedged) { this(modality, reportingVerb, hedged, null, false); }
  }

  /** "no one", "nobody", "none", "no civilians": a subject that names nobody. */
  private static boolean noOne(SentenceGraph g, int subject) {
    String l = g.lemma(subject);
    if (l.equals("nobody") || l.equals("none") || l.equals("noone")) return true;
    for (int c : g.children(subject)) if (g.baseRelation(c).equals("det") && g.lemma(c).equals("no")) return true;
    return false;
  }

  Reading read(SentenceGraph g, int trigger) {
    int predicate = orphanPredicate(g, trigger);
    if (predicate >= 0) return read(g, predicate);
    boolean negated = false, conditional = false, future = false, intended = false, hedged = false;
    boolean committed = false, refused = false, obliged = false, hypothetical = false, ultimatum = false;
    boolean soleCondition = false;
    Integer reporting = null;
    int prev = -1;
    int k = trigger;
    // a noun trigger in an adjunct ("during a phone call", "at a summit") takes cues from its own verb only
    boolean adjunct = !g.token(trigger).isVerb() && g.baseRelation(trigger).equals("obl")
        && SETTING_PREPS.contains(String.valueOf(g.caseMarker(trigger)));
    // once the climb leaves a relative clause ("the tanker, which its Guards seized"), the clause is stated about
    // its noun, not under the main clause's cues: only a reporting verb above it still counts
    boolean presupposed = false;
    // a clause that says something about an event noun ("the attack cannot be tolerated") denies what it says, not
    // the event: its negation does not reach the noun. (A noun adjunct still takes its verb's negation: in "never met
    // during the summit" the summit is not a meeting of the two.)
    boolean aboutTheEvent = isSubjectOfPredicate(g, trigger);
    boolean protasis = false;
    // an adjunct's own verb includes the verbs it is the complement of ("are expected to begin talks during the visit")
    for (int steps = 0; k >= 0 && steps < 10 && !(adjunct && steps >= 2 && !g.relation(prev).equals("xcomp")); steps++) {
      // a clause the parser left as "dep" ("Serbia denied it was massing troops") is still what the verb reports
      if (prev >= 0 && g.token(k).isVerb() && REPORTING_VERBS.contains(g.lemma(k)) && !g.relation(prev).equals("obj")
          && (COMPLEMENTS.contains(g.baseRelation(prev)) || (g.relation(prev).equals("dep") && g.token(prev).isVerb()))) {
        reporting = k;
        if (NEGATING_VERBS.contains(g.lemma(k)) && !aboutTheEvent) negated = true;
        break;
      }
      // "threatened to quit the talks unless the government released the prisoners": once the climb leaves an
      // if/unless clause, the verbs above frame the act it conditions, not the condition (no intent, refusal or
      // demand of the releasing, and no future or negation of the act it conditions: in "would stop only if the
      // units laid down their arms" the laying down is neither promised nor foretold)
      if (prev >= 0 && g.baseRelation(prev).equals("advcl") && CONDITION_MARKS.contains(String.valueOf(g.caseMarker(prev)))) protasis = true;
      // "would not hesitate to use force", "did not hesitate to criticise": the negated hesitation asserts the act
      boolean litotes = prev >= 0 && HESITATION.contains(g.lemma(k)) && g.relation(prev).equals("xcomp");
      if (litotes && !protasis) committed = true;
      boolean ownCues = !presupposed && !protasis && (prev < 0 || !g.relation(prev).equals("conj") || g.child(prev, "nsubj") == null);
      if (ownCues) {
        for (int c : g.children(k)) {
          if (c == prev) continue;
          String rel = g.baseRelation(c);
          String lemma = g.lemma(c);
          if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(lemma) && (k == trigger || !aboutTheEvent) && !litotes) negated = true;
          if (rel.equals("det") && lemma.equals("no") && (k == trigger || prev == trigger)) negated = true;
          // "No one was injured", "nobody was arrested": the event's own subject is nobody
          if (k == trigger && rel.startsWith("nsubj") && noOne(g, c)) negated = true;
          if (rel.equals("mark") && CONDITION_MARKS.contains(lemma)) conditional = true;
          if (rel.equals("advcl") && CONDITION_MARKS.contains(String.valueOf(g.caseMarker(c)))) conditional = true;
          if (rel.equals("advcl") && "unless".equals(String.valueOf(g.caseMarker(c)))) ultimatum = true;
          // "would stop only if ...": a sole condition states what the other side must do, not a promise of the act
          if (rel.equals("advcl") && CONDITION_MARKS.contains(String.valueOf(g.caseMarker(c))) && onlyIf(g, c)) soleCondition = true;
          if (rel.equals("aux") && HYPOTHETICAL_AUX.contains(lemma)) { conditional = true; hypothetical = true; }
          if (rel.equals("aux") && FUTURE_AUX.contains(lemma)) { future = true; committed = true; }
          if (rel.equals("aux") && OBLIGATION_AUX.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))) { obliged = true; conditional = true; }
          if (rel.equals("advmod") && HEDGES.contains(lemma)) hedged = true;
          // "would use force to protect civilians if ...": a condition on the purpose conditions the act
          if (ConditionalThreats.isPurpose(g, k, c) && ConditionalThreats.ownCondition(g, c) != null) conditional = true;
          // "was considering a strike and would carry it out if ...": the conjunct resumes the act under a condition
          if (prev >= 0 && rel.equals("conj") && g.token(c).isVerb() && resumes(g, c) && ConditionalThreats.ownCondition(g, c) != null) conditional = true;
        }
      }
      if (presupposed) {
        prev = k;
        k = g.head(k);
        continue;
      }
      if (prev >= 0 && !protasis && g.token(k).isVerb() && isClausalComplement(g, prev)) {
        String lemma = g.lemma(k);
        if (NEGATING_VERBS.contains(lemma) && !aboutTheEvent) negated = true;
        if (REFUSAL_VERBS.contains(lemma) && g.relation(prev).equals("xcomp")) refused = true;
        if (INTENT_VERBS.contains(lemma)) intended = true;
        if (OWN_INTENT_VERBS.contains(lemma) && g.relation(prev).equals("xcomp")) committed = true;
        if (OBLIGATION_VERBS.contains(lemma) && g.relation(prev).equals("xcomp") && g.hasMarker(prev, "to")) { obliged = true; conditional = true; }
        if (FUTURE_FRAMES.contains(lemma) && g.child(k, "aux:pass") != null) future = true;
        if (lemma.equals("go") && g.word(k).equalsIgnoreCase("going") && g.relation(prev).equals("xcomp")) future = true;
      }
      if (prev >= 0 && !protasis && DueTo.complement(g, prev)) future = true;
      if (prev >= 0 && !protasis && !aboutTheEvent && Balking.heldBack(g, k, prev)) { negated = true; refused = true; }
      if (prev >= 0 && !protasis && READINESS.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT)) && g.relation(prev).equals("xcomp")) {
        intended = true;
        committed = true;
      }
      if (isStatedRelative(g, k)) presupposed = true;
      prev = k;
      k = g.head(k);
    }
    // "Bouteflika must resign, the army chief told state television": an obligation whose reporting verb follows it
    if (reporting == null && obliged && !negated && prev >= 0) reporting = PostposedReports.obligationReporter(g, prev, trigger);
    Modality m = negated ? Modality.NEGATED : conditional ? Modality.CONDITIONAL : future ? Modality.FUTURE
        : intended ? Modality.INTENDED : Modality.ASSERTED;
    StanceCodes.Stance stance = null;
    // a noun in an adjunct ("threatened to shell towns in retaliation for an air raid") is not the announced act
    String own = g.baseRelation(trigger);
    boolean act = g.token(trigger).isVerb() || own.equals("obj") || own.equals("nsubj") || own.equals("xcomp");
    if (!act) return new Reading(m, reporting, hedged, null, false);
    if (negated && (refused || committed)) stance = StanceCodes.Stance.REFUSAL;
    else if (obliged && !negated) stance = StanceCodes.Stance.DEMAND;
    else if (committed && (m == Modality.FUTURE || m == Modality.INTENDED)) stance = StanceCodes.Stance.INTENT;
    else if (committed && m == Modality.CONDITIONAL && !hypothetical && !obliged && !soleCondition) stance = StanceCodes.Stance.INTENT;
    return new Reading(m, reporting, hedged, stance, ultimatum && stance == StanceCodes.Stance.INTENT);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** An if-clause restricted by "only" ("only if the units lay down their arms"). */
  private static boolean onlyIf(SentenceGraph g, int clause) {
    for (int c : g.children(clause)) if (g.baseRelation(c).equals("advmod") && g.lemma(c).equalsIgnoreCase("only")) return true;
    return false;
  }

  /** Pronouns by which a coordinated verb takes up the act before it ("would carry it out", "will do so"). */
  private static final Set<String> RESUMING = Set.of("it", "this", "that", "so");

  private static boolean resumes(SentenceGraph g, int verb) {
    for (int c : g.children(verb)) {
      String r = g.baseRelation(c);
      if ((r.equals("obj") || r.equals("advmod")) && RESUMING.contains(g.lemma(c))) return true;
    }
    return false;
  }

  /**
   * "X pulled out of the summit, and a planned meeting with Y did not take place", parsed with the noun as a conjunct
   * of the first verb (or as the head of a clause) and its predicate left after it as a subjectless {@code dep} of
   * the noun or of the verb it is conjoined to: that predicate is the noun's own verb and its cues are the noun's.
   * -1 when the trigger is not such a noun.
   */
  static int orphanPredicate(SentenceGraph g, int trigger) {
    if (g.token(trigger).isVerb()) return -1;
    int own = orphanAfter(g, trigger, trigger);
    if (own >= 0 || !g.relation(trigger).equals("conj")) return own;
    return orphanAfter(g, g.head(trigger), trigger);
  }

  private static int orphanAfter(SentenceGraph g, int parent, int trigger) {
    for (int c : g.children(parent)) {
      if (c > trigger && g.relation(c).equals("dep") && g.token(c).isVerb() && g.subject(c) == null) return c;
    }
    return -1;
  }

  private static boolean isClausalComplement(SentenceGraph g, int child) {
    String r = g.relation(child);
    return r.equals("xcomp") || r.equals("ccomp") || (r.startsWith("advcl") && g.hasMarker(child, "to"))
        || (r.equals("obj") && g.token(child).isNoun());
  }

  /**
   * A relative clause opened by a relative pronoun, with its own subject ("the tanker, which its Guards seized"): it
   * states something about its noun. An infinitival one ("an appeal to Belgium to extradite him") is still the
   * noun's content, and a clause the parser merely hung on a noun without a relative word is not trusted.
   */
  static boolean isStatedRelative(SentenceGraph g, int k) {
    if (!g.relation(k).equals("acl:relcl") || g.subject(k) == null || g.hasMarker(k, "to")) return false;
    for (int c : g.children(k)) {
      String pos = g.token(c).pos();
      if (pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WRB")) return true;
      for (int d : g.children(c)) if (g.token(d).pos().equals("WP$") || g.token(d).pos().equals("WDT")) return true;
    }
    return false;
  }

  static boolean isReportingVerb(SentenceGraph g, int k) {
    return g.token(k).isVerb() && REPORTING_VERBS.contains(g.lemma(k));
  }
}
