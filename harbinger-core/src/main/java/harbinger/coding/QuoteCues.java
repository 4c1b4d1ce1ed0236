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
 * since "the plan supports jobs" without a speaker attributes nothing to anyone.
 */
final class QuoteCues {
  private QuoteCues() {}

  /** Verbs (lemmas) whose clausal complement is attributed content: saying, reporting, believing, showing. */
  static final Set<String> REPORTING = words("say tell state note add announce declare write tweet insist stress explain warn reiterate claim"
      + " report argue assert acknowledge admit deny confirm suggest contend maintain predict allege complain"
      + " concede emphasize emphasise remark reply respond recall testify believe think fear hope show find"
      + " indicate reveal estimate conclude ask assure promise vow pledge joke quip boast lament observe"
      + " comment agree signal caution charge accuse blame email post mention propose fume crow continue"
      + " wonder worry expect doubt guess feel know learn understand speculate suspect demonstrate imply"
      + " notice realize realise hint counter retort scoff snap shout yell exclaim whisper mutter recount"
      + " disclose concur posit question discuss theorize surmise gush grumble");

  /** Verbs whose nominal object is what the subject supports, rejects, demands or states. */
  static final Set<String> STANCE = words("support back endorse favor favour prefer oppose criticize criticise condemn denounce decry deplore"
      + " praise hail applaud welcome reject dismiss question dispute challenge contest blame accuse cite"
      + " highlight underline describe discuss mention call dub label brand demand propose recommend request"
      + " want like dislike hate love regret bemoan lament defend express voice slam castigate"
      + " mock ridicule promise predict claim deny confirm announce report reveal show indicate"
      + " estimate acknowledge admit concede reiterate stress emphasize emphasise suggest fear allege list"
      + " detail recount outline forecast disclose echo repeat tout promote"
      + " champion advocate urge seek pledge vow threaten doubt");

  /** Reporting and appeal verbs whose object is the addressee, not the content ("told reporters"). */
  static final Set<String> ADDRESSEE = words("tell ask assure warn caution remind inform email urge call press implore beg advise notify brief"
      + " persuade encourage");

  /** Verbs whose infinitive complement is attributed: appeals ("urged X to ..."), intentions, claims. */
  static final Set<String> INTENT = words("urge ask call press implore beg encourage advise exhort vow pledge promise threaten want wish hope"
      + " intend plan refuse decline agree offer demand claim seek aim expect tell warn remind propose insist"
      + " swear persuade appeal");

  /** Verbs whose gerund complement is attributed ("considered renewing", "proposed cutting"). */
  static final Set<String> GERUND = words("consider suggest propose recommend discuss advocate urge favor favour"
      + " oppose support reject rule deny admit regret recall mention threaten promise");

  /** Verbs that name or qualify their object ("called them inappropriate", "dubbed him Mr. P"). */
  static final Set<String> NAMING = words("call dub label brand name term deem declare consider");

  /** Verbs and the prepositions that introduce their content ("called for", "talked about"). */
  static final Map<String, Set<String>> PREPOSITIONAL = Map.ofEntries(
      Map.entry("call", Set.of("for", "on")), Map.entry("push", Set.of("for")), Map.entry("ask", Set.of("for")),
      Map.entry("appeal", Set.of("for", "to")), Map.entry("plead", Set.of("for")), Map.entry("press", Set.of("for")),
      Map.entry("lobby", Set.of("for", "against")), Map.entry("campaign", Set.of("for", "against")),
      Map.entry("argue", Set.of("for", "against", "about")), Map.entry("vote", Set.of("for", "against")),
      Map.entry("warn", Set.of("against", "of", "about")), Map.entry("talk", Set.of("about", "of")),
      Map.entry("speak", Set.of("about", "of")), Map.entry("write", Set.of("about", "of")),
      Map.entry("tweet", Set.of("about")), Map.entry("post", Set.of("about")),
      Map.entry("comment", Set.of("on", "about")), Map.entry("complain", Set.of("about", "of")),
      Map.entry("worry", Set.of("about")), Map.entry("boast", Set.of("about", "of")),
      Map.entry("brag", Set.of("about", "of")), Map.entry("crow", Set.of("about")), Map.entry("joke", Set.of("about")),
      Map.entry("testify", Set.of("about", "on")), Map.entry("rail", Set.of("against")),
      Map.entry("protest", Set.of("against")), Map.entry("fume", Set.of("at", "about")),
      Map.entry("object", Set.of("to")), Map.entry("agree", Set.of("with", "on")),
      Map.entry("side", Set.of("with")), Map.entry("insist", Set.of("on")), Map.entry("elaborate", Set.of("on")),
      Map.entry("reflect", Set.of("on")), Map.entry("opine", Set.of("on")), Map.entry("blame", Set.of("for")),
      Map.entry("criticize", Set.of("for")), Map.entry("criticise", Set.of("for")), Map.entry("praise", Set.of("for")));

  private static Set<String> words(String spaced) { return Set.of(spaced.split(" ")); }

  /** Is the lemma a cue of any family? */
  static boolean isCue(String lemma) {
    return REPORTING.contains(lemma) || STANCE.contains(lemma) || GERUND.contains(lemma) || NAMING.contains(lemma) || INTENT.contains(lemma) || PREPOSITIONAL.containsKey(lemma);
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
    if (REPORTING.contains(lemma)) {
      BitSet clause = clausal(g, v);
      if (!clause.isEmpty()) return new Content(clause, false);
    }
    BitSet tokens = new BitSet();
    Integer xcomp = g.child(v, "xcomp");
    if (xcomp != null && xcomp > v) {
      if (INTENT.contains(lemma) && g.hasMarker(xcomp, "to")) tokens.or(g.subtree(xcomp));
      // "considered renewing the program", "suggested raising taxes"
      if (GERUND.contains(lemma) && g.token(xcomp).pos().equals("VBG")) tokens.or(g.subtree(xcomp));
      Integer obj = g.child(v, "obj");
      if (NAMING.contains(lemma) && obj != null && obj < xcomp) { // "called the plan a disaster"
        tokens.or(g.subtree(obj));
        tokens.or(g.subtree(xcomp));
      }
    }
    if (STANCE.contains(lemma) && !ADDRESSEE.contains(lemma) && tokens.isEmpty()) {
      Integer obj = g.child(v, "obj");
      if (obj != null && obj > v && !g.token(obj).pos().startsWith("W")) tokens.or(g.subtree(obj));
    }
    Set<String> preps = PREPOSITIONAL.get(lemma);
    if (preps != null && tokens.isEmpty()) {
      for (int c : g.children(v)) {
        if (c < v || !g.baseRelation(c).equals("obl")) continue;
        String p = g.caseMarker(c);
        if (p != null && preps.contains(p)) { tokens.or(g.subtree(c)); break; }
      }
    }
    return tokens.isEmpty() ? Content.NONE : new Content(tokens, true);
  }

  /** The clause a reporting verb reports, or an empty set. */
  private static BitSet clausal(SentenceGraph g, int v) {
    Integer ccomp = g.child(v, "ccomp");
    if (ccomp != null) return g.subtree(ccomp);
    if (g.relation(v).equals("parataxis") && g.head(v) >= 0) {
      BitSet stop = new BitSet();
      stop.set(v);
      return g.subtree(g.head(v), stop);
    }
    Integer para = g.child(v, "parataxis");
    if (para != null && para > v) return g.subtree(para);
    Integer dep = g.child(v, "dep");
    if (dep != null && dep > v && g.token(dep).isVerb()) return g.subtree(dep); // "polls show the mayor leading"
    for (int c : g.children(v)) { // "said during a press call that ...": the clause went to the noun
      if (c < v || !g.baseRelation(c).equals("obl")) continue;
      Integer inner = g.child(c, "ccomp");
      if (inner != null && g.hasMarker(inner, "that")) return g.subtree(inner);
    }
    return preposed(g, v);
  }

  /**
   * A clause before the verb and its subject that the parser hung on the verb ("The fund directed $3 million to
   * the party, records show"): the verb has a subject, and a clausal child before that subject.
   */
  private static BitSet preposed(SentenceGraph g, int v) {
    Integer subject = g.subject(v);
    if (subject == null || subject > v) return new BitSet();
    for (int c : g.children(v)) {
      if (c >= subject) break;
      String r = g.baseRelation(c);
      if ((r.equals("advcl") || r.equals("ccomp") || r.equals("dep") || r.equals("parataxis")) && g.token(c).isVerb()
          && g.caseMarker(c) == null) {
        return g.subtree(c);
      }
    }
    return new BitSet();
  }
}
