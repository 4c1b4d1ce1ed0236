package harbinger.coding;

import java.util.BitSet;
import java.util.Map;
import java.util.Set;

/**
 * What a cue verb attributes: the content of reported speech, thought and stance, found over the dependency
 * structure of the verb. Pure functions over a {@link SentenceGraph}.
 *
 * <p>Three families of cue, from narrowest to broadest.
 * <ul>
 *   <li>Reporting verbs ({@link #REPORTING}: say, tell, warn, show, believe ...) take a clause: the
 *       {@code ccomp} ("said that ..."), the clause a parenthetical verb hangs on ("The plan, she said, is dead";
 *       "..., records show"), a clause after a colon, or an infinitive ("claimed to have won").</li>
 *   <li>Stance verbs ({@link #STANCE}: support, oppose, criticise, blame, cite, demand ...) take a nominal
 *       object: what the source supports, blames, demands is what is attributed to it ("She supports universal
 *       health care"). Reporting verbs whose object is a statement or a finding ("denied the report", "polls show
 *       Clinton with 42 percent") count too; those whose object is the addressee ({@link #ADDRESSEE}: "told
 *       reporters", "urged voters") do not.</li>
 *   <li>Verbs of appeal and intent ({@link #INTENT}: urge, ask, call on, vow, threaten, want ...) take an
 *       infinitive ("urged voters to elect ..."), and a few verbs take a prepositional object
 *       ({@link #PREPOSITIONAL}: "called for a special prosecutor", "talked about the bill").</li>
 * </ul>
 * A content found through an object, an infinitive or a preposition is only an attribution when the verb has a
 * source (its subject, or the subject of the clause a participle depends on): the caller drops it otherwise,
 * since "the plan supports jobs" without a speaker attributes nothing to anyone. The clause a reporting verb reports
 * when no clause follows it of its own is found by {@link ClausalContent}.
 */
final class QuoteCues {
  private QuoteCues() {}

  /** Verbs (lemmas) whose clausal complement is attributed content: saying, reporting, believing, showing. */
  static final Set<String> REPORTING = CueWords.defaults().family("reporting");

  /** Verbs that report only with a particle ("pointed out that ...", "shot back that ..."), by particle. */
  static final Map<String, Set<String>> PHRASAL = CueWords.defaults().particles("phrasal");

  /** Is verb {@code v} a reporting verb that takes its particle ("shot back that ...")? */
  static boolean phrasal(SentenceGraph g, int v) { return withParticle(g, v, PHRASAL); }

  /** Has verb {@code v} right after it one of the particles {@code byVerb} lists for its lemma? */
  static boolean withParticle(SentenceGraph g, int v, Map<String, Set<String>> byVerb) {
    Set<String> particles = byVerb.get(g.lemma(v));
    if (particles == null) return false;
    for (int c : g.children(v)) {
      if (c == v + 1 && particles.contains(g.word(c).toLowerCase(java.util.Locale.ROOT)) && g.baseRelation(c).matches("compound|advmod")) return true;
    }
    return false;
  }

  /** Verbs whose nominal object is what the subject supports, rejects, demands or states. */
  static final Set<String> STANCE = CueWords.defaults().family("stance");

  /** Reporting and appeal verbs whose object is the addressee, not the content ("told reporters"). */
  static final Set<String> ADDRESSEE = CueWords.defaults().family("addressee");

  /** Verbs whose infinitive complement is attributed: appeals ("urged X to ..."), intentions, claims. */
  static final Set<String> INTENT = CueWords.defaults().family("intent");

  /** Verbs of wanting that take a small clause ("wanted changes made", "would like him gone"). */
  static final Set<String> VOLITION = CueWords.defaults().family("volition");

  /** Verbs whose gerund complement is attributed ("considered renewing", "proposed cutting"). */
  static final Set<String> GERUND = CueWords.defaults().family("gerund");

  /** Verbs that name or qualify their object ("called them inappropriate", "dubbed him Mr. P"). */
  static final Set<String> NAMING = CueWords.defaults().family("naming");

  /** Verbs and the prepositions that introduce their content ("called for", "talked about"). */
  static final Map<String, Set<String>> PREPOSITIONAL = CueWords.defaults().particles("prepositional");

  /** Nouns for what is said or written; any verb with such an object and a source attributes it. */
  static final Set<String> UTTERANCES = CueWords.defaults().family("utterance");

  /** Verbs whose subject receives or meets what is said rather than saying it ("received threats"). */
  static final Set<String> RECEIVING = CueWords.defaults().family("receiving");

  /** Verbs that attribute a portrayal of their object, only with an "as" phrase ("cast him as a career politician"). */
  static final Set<String> PORTRAYING = CueWords.defaults().family("portraying");

  /** Verbs that attribute an estimate, their object with a numeric "at" phrase ({@link EstimateCues}). */
  static final Set<String> ESTIMATING = CueWords.defaults().family("estimating");

  /** Verbs that voice a feeling or view, whose "over"/"about" phrase says what it is about ("voiced alarm over ..."). */
  private static final Set<String> EXPRESSING = Set.of("voice", "express", "register", "air");
  private static final Set<String> ABOUT = Set.of("over", "about", "at", "regarding", "concerning", "on");

  /** Verbs whose object is attributed only with their particle ("ruled out a coalition"), by particle. */
  static final Map<String, Set<String>> PARTICLE_OBJECT = CueWords.defaults().particles("particle-object");

  /**
   * Is the utterance object only the vehicle of content stated next ("issued a statement slamming the report",
   * "a statement saying he had ...")? Then the participle carries the content, not the noun.
   */
  private static boolean reportedFurther(SentenceGraph g, int v, int obj) {
    for (int c : g.children(obj)) {
      if (g.baseRelation(c).equals("acl") && g.token(c).pos().equals("VBG") && isCue(g.lemma(c))) return true;
    }
    for (int c : g.children(v)) {
      if (c > obj && g.token(c).pos().equals("VBG") && g.baseRelation(c).matches("advcl|xcomp|dep|conj") && isCue(g.lemma(c))) return true;
    }
    return false;
  }

  /** Utterance nouns that commit or press for an act, whose infinitive is what is said ("his pledge to cut taxes"). */
  private static final Set<String> COMMITMENTS = Set.of("pledge", "vow", "promise", "threat", "demand", "ultimatum", "plea", "offer", "call");

  /**
   * The act promised, threatened or demanded by an utterance object ("renewed his pledge to cut taxes", "repeated
   * her vow to stay"): the infinitive after the noun, hung on the noun or, as the parser often does, on the verb.
   * The act is the content: the noun only names the kind of statement. Returns the infinitive's head, or null.
   */
  static @org.jspecify.annotations.Nullable Integer promisedAct(SentenceGraph g, int v, int obj) {
    if (!COMMITMENTS.contains(g.lemma(obj))) return null;
    for (int c : g.children(obj)) if (c > obj && g.baseRelation(c).equals("acl") && g.hasMarker(c, "to")) return c;
    Integer xcomp = g.child(v, "xcomp");
    return xcomp != null && xcomp > obj && g.hasMarker(xcomp, "to") ? xcomp : null;
  }

  /** Is the lemma a cue of any family? (Any verb is a cue with an utterance object, see {@link #UTTERANCES}.) */
  static boolean isCue(String lemma) {
    return REPORTING.contains(lemma) || STANCE.contains(lemma) || GERUND.contains(lemma) || NAMING.contains(lemma) || INTENT.contains(lemma)
        || PREPOSITIONAL.containsKey(lemma) || PORTRAYING.contains(lemma) || PARTICLE_OBJECT.containsKey(lemma)
        || ESTIMATING.contains(lemma);
  }

  /**
   * The content of cue verb {@code v}.
   *
   * @param tokens the content tokens (empty when the verb attributes nothing)
   * @param needsSource true when the content came from an object, an infinitive or a preposition, which is only an
   *     attribution when the verb has a source
   */
  record Content(BitSet tokens, boolean needsSource) {
    static final Content NONE = new Content(new BitSet(), false);
    boolean isEmpty() { return tokens.isEmpty(); }
  }

  /** What cue verb {@code v} attributes, clausal content first. */
  static Content content(SentenceGraph g, int v) {
    String lemma = g.lemma(v);
    if (REPORTING.contains(lemma) || phrasal(g, v)) {
      BitSet own = ReportedClauses.ownClauseAfter(g, v);
      BitSet clause = ReportedClauses.withoutOtherReports(g, v, own != null ? own : ClausalContent.clausal(g, v));
      // "cautioned against overreacting, saying ...": the participle reports for itself; the verb's content is its
      // prepositional phrase
      if (!clause.isEmpty() && !(participialReport(g, clause) && prepositional(g, v) != null)) return new Content(clause, false);
    }
    BitSet tokens = new BitSet();
    Integer passiveSubject = g.child(v, "nsubj:pass");
    // "was estimated by the World Bank at more than $1 billion": the agent's estimate is the "at" amount
    boolean reduced = g.token(v).pos().equals("VBN") && g.relation(v).startsWith("acl"); // "savings estimated by ..."
    BitSet estimate = (passiveSubject != null || reduced) && ESTIMATING.contains(lemma) && byAgent(g, v) ? EstimateCues.passive(g, v) : null;
    if (estimate != null) return new Content(estimate, true);
    if (passiveSubject != null && (STANCE.contains(lemma) || NAMING.contains(lemma) || REPORTING.contains(lemma))
        && !ADDRESSEE.contains(lemma) && byAgent(g, v)) { // "she had been told by the bureau": she is the addressee
      // "The plan was first reported by the Journal", "fundraisers dubbed “Hillblazers” by the campaign": the
      // passive subject (and what it is called) is the agent's
      tokens.or(g.subtree(passiveSubject));
      Integer named = g.child(v, "xcomp");
      if (named != null) tokens.or(g.subtree(named));
      return new Content(tokens, true);
    }
    Integer xcomp = g.child(v, "xcomp");
    if (xcomp != null && xcomp > v) {
      if (INTENT.contains(lemma) && g.hasMarker(xcomp, "to")) tokens.or(g.subtree(xcomp));
      Integer wanted = g.child(v, "obj");
      if (VOLITION.contains(lemma) && !g.hasMarker(xcomp, "to") && wanted != null && wanted < xcomp) { // "wanted changes made"
        tokens.or(g.subtree(wanted));
        tokens.or(g.subtree(xcomp));
      }
      // "considered renewing the program", "suggested raising taxes"
      if (GERUND.contains(lemma) && g.token(xcomp).pos().equals("VBG")) tokens.or(g.subtree(xcomp));
      Integer obj = g.child(v, "obj");
      // "called the plan a disaster", "insists the actions were “unethical”" (a small clause)
      if ((NAMING.contains(lemma) || REPORTING.contains(lemma)) && obj != null && obj < xcomp && !g.hasMarker(xcomp, "to")) {
        tokens.or(g.subtree(obj));
        tokens.or(g.subtree(xcomp));
      }
      // the same small clause with the named thing as the subject of the name ("called [the budget a mistake]")
      Integer named = g.subject(xcomp);
      if (NAMING.contains(lemma) && obj == null && named != null && named > v && !g.hasMarker(xcomp, "to")) tokens.or(g.subtree(xcomp));
    }
    if (GERUND.contains(lemma) && tokens.isEmpty()) { // "has denied having any advance knowledge", the gerund left loose
      Integer dep = g.child(v, "dep");
      if (dep != null && dep > v && g.token(dep).pos().equals("VBG") && g.child(v, "obj", "ccomp", "xcomp") == null) tokens.or(g.subtree(dep));
    }
    if (ESTIMATING.contains(lemma) && tokens.isEmpty()) tokens.or(EstimateCues.content(g, v)); // "put the toll at six"
    if (STANCE.contains(lemma) && !ADDRESSEE.contains(lemma) && tokens.isEmpty()) {
      Integer obj = g.child(v, "obj");
      if (obj != null && g.token(obj).pos().startsWith("W")) { // "which diplomats described as “flawed”"
        for (int c : g.children(v)) {
          if (c > v && "as".equals(g.caseMarker(c)) && g.baseRelation(c).matches("advcl|obl|xcomp")) tokens.or(g.subtree(c));
        }
      } else if (obj != null && obj > v && promisedAct(g, v, obj) != null) { // "repeated his vow to veto any tax rise"
        tokens.or(g.subtree(promisedAct(g, v, obj)));
      } else if (obj != null && obj > v) {
        tokens.or(g.subtree(obj));
        for (int c : g.children(v)) { // "described the scheme as “deeply flawed”", "denounced the deal as a sell-out"
          if (c > obj && "as".equals(g.caseMarker(c)) && g.baseRelation(c).matches("advcl|obl|xcomp")) tokens.or(g.subtree(c));
        }
        for (int c : g.children(v)) { // "voiced alarm over the fighting": what the feeling voiced is about
          if (c > obj && EXPRESSING.contains(lemma) && g.baseRelation(c).equals("obl") && ABOUT.contains(String.valueOf(g.caseMarker(c)))) tokens.or(g.subtree(c));
        }
      }
    }
    if (tokens.isEmpty() && STANCE.contains(lemma) && ADDRESSEE.contains(lemma) && INTENT.contains(lemma) && !NAMING.contains(lemma)) {
      // "urged restraint", "urged an independent review": an object of appeal that is no addressee is what is urged
      Integer obj = g.child(v, "obj");
      if (obj != null && obj > v && g.token(obj).isNoun() && !g.token(obj).isProperNoun()
          && g.child(v, "xcomp", "ccomp", "iobj") == null && !QuoteSources.addressee(g, obj)) tokens.or(g.subtree(obj));
    }
    if (tokens.isEmpty() && (PORTRAYING.contains(lemma) || withParticle(g, v, PARTICLE_OBJECT))) {
      tokens.or(PortrayalCues.content(g, v, PORTRAYING.contains(lemma)));
    }
    if (tokens.isEmpty() && !RECEIVING.contains(lemma)) { // "delivered a closing message", "let loose an expletive"
      Integer obj = g.child(v, "obj");
      if (obj != null && obj > v && UTTERANCES.contains(g.lemma(obj)) && !reportedFurther(g, v, obj)) {
        Integer act = promisedAct(g, v, obj);
        tokens.or(g.subtree(act != null ? act : obj));
      }
    }
    if (NAMING.contains(lemma) && tokens.isEmpty()) { // "called the attack a “failed insurrection”", the name a modifier
      Integer obj = g.child(v, "obj");
      for (int c : g.children(v)) {
        if (obj == null || c <= obj || !g.relation(c).equals("obl:npmod")) continue;
        tokens.or(g.subtree(obj));
        tokens.or(g.subtree(c));
        break;
      }
    }
    if (NAMING.contains(lemma) && tokens.isEmpty()) { // "calls the county “Everytown America”", one object to the parser
      Integer obj = g.child(v, "obj");
      if (obj != null && obj > v && quoted(g, g.subtree(obj))) tokens.or(g.subtree(obj));
    }
    if (NAMING.contains(lemma) && tokens.isEmpty()) tokens.or(WhatCalled.content(g, v)); // "what he called “unacceptable”"
    if (INTENT.contains(lemma) && !REPORTING.contains(lemma) && tokens.isEmpty()) {
      Integer ccomp = g.child(v, "ccomp"); // "want the party to stay", "demanded that he resign"
      if (ccomp != null && ccomp > v) tokens.or(g.subtree(ccomp));
    }
    Integer prep = tokens.isEmpty() ? prepositional(g, v) : null;
    if (prep != null) tokens.or(g.subtree(prep));
    return tokens.isEmpty() ? Content.NONE : new Content(tokens, true);
  }

  /** The phrase after verb {@code v} marked by one of the prepositions its lemma lists as introducing content, or null. */
  private static @org.jspecify.annotations.Nullable Integer prepositional(SentenceGraph g, int v) {
    Set<String> preps = PREPOSITIONAL.get(g.lemma(v));
    if (preps == null) return null;
    for (int c : g.children(v)) {
      // "called for an inquiry", and "called on X to resign", which the parser reads as a clause marked "on"
      String r = g.baseRelation(c);
      if (c < v || !(r.equals("obl") || r.equals("advcl") || r.equals("ccomp"))) continue;
      String p = g.caseMarker(c);
      if (p != null && preps.contains(p)) return c;
    }
    return null;
  }

  /** Does the clause open with a participle that is a cue of its own ("saying ...", "adding that ...")? */
  private static boolean participialReport(SentenceGraph g, BitSet clause) {
    int first = clause.nextSetBit(0);
    return first >= 0 && g.token(first).pos().equals("VBG") && isCue(g.lemma(first));
  }

  /**
   * The subject of a postposed reporting verb that the parser attached elsewhere ("..., state records show",
   * with "records" made an apposition of the noun before the comma): the verb has no subject of its own and
   * directly follows a noun phrase that opens after a comma. Returns the noun, or null.
   */
  static @org.jspecify.annotations.Nullable Integer looseSubject(SentenceGraph g, int v) {
    if (g.subject(v) != null || v < 2 || !g.token(v - 1).isNoun()) return null;
    int k = v - 1;
    while (k > 0 && g.token(k - 1).pos().matches("DT|JJ|NNS?|NNPS?|POS|CD|HYPH")) k--;
    return k > 0 && g.word(k - 1).equals(",") ? v - 1 : null;
  }

  /** Does the token set hold a quotation mark? */
  private static boolean quoted(SentenceGraph g, BitSet tokens) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      if (g.token(i).pos().equals("``") || g.token(i).pos().equals("''")) return true;
    }
    return false;
  }

  /**
   * Is the verb finite: a tensed form, or a past participle with a subject and no auxiliary, which the tagger
   * gives to a simple past it took for a participle ("..., the agency reported Tuesday").
   */
  static boolean finite(SentenceGraph g, int v) {
    String pos = g.token(v).pos();
    if (pos.matches("VBD|VBZ|VBP")) return true;
    if (!pos.equals("VBN") || g.subject(v) == null) return false;
    for (int c : g.children(v)) if (g.baseRelation(c).equals("aux")) return false;
    return true;
  }

  /** Has the verb a "by" agent ("was reported by the Journal")? */
  static boolean byAgent(SentenceGraph g, int v) {
    for (int c : g.children(v)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) return true;
    return false;
  }
}
