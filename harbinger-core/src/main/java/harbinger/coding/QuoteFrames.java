package harbinger.coding;

import java.util.BitSet;
import java.util.Set;

/**
 * Attributions whose cue is not a verb of saying with its complement: cue nouns with their source ("Trump's
 * threat to sue"), findings of polls and records ("the survey gave Trump a lead"), fronted topics of a statement
 * ("On Syria, the senator said ..."), adjectives of attitude ("was optimistic that ...") and verbs of feeling
 * whose object holds the view ("the remark outraged voters"). Pure functions over a {@link SentenceGraph}; the
 * {@link QuoteExtractor} finds the speakers and keeps only plausible sources ({@link QuoteSources}).
 */
final class QuoteFrames {
  private QuoteFrames() {}

  private static Set<String> words(String spaced) { return Set.of(spaced.split(" ")); }

  /** Nouns of saying, thinking and stance whose possessor is a source ("Trump's threat to sue", "her call for"). */
  static final Set<String> NOUNS = words("threat claim call demand promise pledge vow warning criticism support"
      + " opposition praise regard respect contempt disdain hostility statement comment remark accusation allegation"
      + " request appeal plea proposal insistence assertion argument suggestion prediction expectation hope fear"
      + " concern belief view opinion position stance intention desire wish refusal denial admission"
      + " acknowledgment acknowledgement announcement assurance endorsement condemnation rejection complaint"
      + " objection question doubt skepticism invitation offer message scepticism enthusiasm admiration dismissal defense defence"
      + " conclusion finding assessment contention commitment guarantee");

  /** Cue nouns of asking, whose "from" phrase is the source ("a request from the donor for a meeting"). */
  private static final Set<String> REQUESTS = words("request appeal call demand plea complaint warning message"
      + " invitation offer proposal");

  /** Prepositions that introduce the content of a cue noun ("criticism of", "calls for", "comments on"). */
  private static final Set<String> NOUN_CONTENT = words("of for on against about over");

  /**
   * A cue noun with its source and content: the source is the possessor ("Trump's threat", "his claim") or a
   * "by" phrase ("a campaign by the president"), the content an infinitive ("threat to sue"), a "that" clause or a
   * prepositional phrase ("criticism of the plan", "call for an inquiry").
   *
   * @return {source token, first content token, last content token}, or null
   */
  static int @org.jspecify.annotations.Nullable [] nominal(SentenceGraph g, int n) {
    if (!g.token(n).isNoun() || !NOUNS.contains(g.lemma(n))) return null;
    Integer source = g.child(n, "nmod:poss");
    if (source == null) {
      for (int c : g.children(n)) {
        String m = g.caseMarker(c);
        // "a campaign by the president", and for requests "an appeal from the executive"
        if (g.baseRelation(c).equals("nmod") && ("by".equals(m) || "from".equals(m) && REQUESTS.contains(g.lemma(n)))) source = c;
      }
    }
    if (source == null) return null;
    source = CueOwners.possessorOwner(g, n, source); // "France renewed its call for ...": France
    // a clause first, then a phrase that is no date ("Modi's announcement on Tuesday night that ...": the
    // announcement is the "that" clause, not the night)
    int clause = -1;
    int phrase = -1;
    for (int c : g.children(n)) {
      if (c < n) continue;
      String r = g.baseRelation(c);
      String m = g.caseMarker(c);
      // the tagger may take "that" for a relative pronoun and leave it loose in the clause
      boolean that = "that".equals(m) || g.word(g.subtree(c).nextSetBit(0)).equalsIgnoreCase("that");
      // "calls by students for the army to withdraw": the infinitive's first marker is "for"
      if (clause < 0 && (r.equals("acl") || r.equals("ccomp")) && (g.hasMarker(c, "to") || that)) clause = c;
      if (phrase < 0 && r.equals("nmod") && m != null && NOUN_CONTENT.contains(m) && c != source && !g.nonActor(c)) phrase = c;
    }
    if (clause < 0) clause = predicated(g, n);
    if (clause < 0 && phrase < 0) { // "The minister's pledge to cut taxes was greeted ...": the noun made the infinitive's subject
      BitSet own = subjectOfInfinitive(g, n);
      if (!own.isEmpty()) return new int[] {source, own.nextSetBit(0), own.length() - 1};
    }
    BitSet content = clause >= 0 ? g.subtree(clause) : phrase >= 0 ? g.subtree(phrase) : new BitSet();
    if (content.isEmpty()) return null;
    return new int[] {source, content.nextSetBit(0), content.length() - 1};
  }

  /**
   * The infinitive a cue noun was made the subject of ("[pledge] to cut income tax in the Budget was greeted with
   * scepticism": "cut" the root), up to its adverbial clauses and conjuncts; empty when the noun is no such subject.
   */
  private static BitSet subjectOfInfinitive(SentenceGraph g, int n) {
    int h = g.head(n);
    if (h <= n || !g.relation(n).equals("nsubj") || !g.hasMarker(h, "to") || !g.token(h).pos().equals("VB")) return new BitSet();
    BitSet out = g.subtree(h);
    out.andNot(g.subtree(n));
    for (int d : g.children(h)) if (d > h && g.baseRelation(d).matches("advcl|conj|cc|parataxis|punct")) out.andNot(g.subtree(d));
    out.clear(0, n + 1);
    return out;
  }

  /**
   * The "that" clause a cue noun is the subject of, through a copula ("Ferrante's view ... was that the party had
   * lost its nerve", "her argument is that ..."): the parser makes the clause a complement of "be". Returns it or -1.
   */
  private static int predicated(SentenceGraph g, int n) {
    int be = g.head(n);
    if (be < 0 || !g.relation(n).equals("nsubj") || !g.lemma(be).equals("be")) return -1;
    Integer clause = g.child(be, "ccomp");
    return clause != null && clause > be && g.hasMarker(clause, "that") ? clause : -1;
  }

  /**
   * Verbs with which a poll, report or record states a finding ("the survey gave Trump a one-point lead", "the
   * poll has Clinton leading", "the forecast puts her chances at 87 percent"): cues only with such a subject.
   */
  static final Set<String> EVIDENTIAL = words("give have put find capture offer paint place rank");

  /** Content of an evidential verb: its objects and complements after it ("Trump a one-point lead"). */
  static BitSet evidential(SentenceGraph g, int v) {
    BitSet out = new BitSet();
    if (!EVIDENTIAL.contains(g.lemma(v))) return out;
    for (int c : g.children(v)) {
      String r = g.baseRelation(c);
      if (c > v && (r.equals("obj") || r.equals("iobj") || r.equals("xcomp") || r.equals("ccomp"))) out.or(g.subtree(c));
    }
    return out;
  }

  /**
   * The topic of a statement, fronted as "On X," before the subject of a reporting verb ("On Syria, the senator
   * said ..."): attributed to the speaker, as what the statement is about. Returns the topic's head or -1.
   */
  static int topic(SentenceGraph g, int v) {
    if (!QuoteCues.REPORTING.contains(g.lemma(v))) return -1;
    Integer subject = g.subject(v);
    for (int c : g.children(v)) {
      if (subject == null || c > subject || !g.baseRelation(c).equals("obl") || !"on".equals(g.caseMarker(c))
          || g.nonActor(c) || medium(g, c)) continue; // "On Monday, ..." is a date, not a topic
      int first = g.subtree(c).nextSetBit(0);
      int last = g.subtree(c).length() - 1;
      if (first == 0 && last + 1 < g.size() && g.word(last + 1).equals(",")) return c;
    }
    return -1;
  }

  /** Nouns of the medium or outlet a statement is made on, not its topic ("On Twitter, X wrote ..."). */
  private static final Set<String> MEDIA = words("twitter facebook instagram youtube tiktok weibo telegram x radio"
      + " television tv programme program show broadcast channel network website site blog podcast air camera"
      + " stage floor podium tape video record phone telephone line call page");

  /** Is the fronted "on" phrase the medium of the statement ("On Twitter", "On state radio", "On the BBC's Newsnight programme")? */
  private static boolean medium(SentenceGraph g, int head) {
    return MEDIA.contains(g.lemma(head).toLowerCase(java.util.Locale.ROOT)) || MEDIA.contains(g.word(head).toLowerCase(java.util.Locale.ROOT));
  }

  /** Adjectives of attitude whose complement is the holder's view ("was optimistic that", "dismissive of"). */
  static final Set<String> ATTITUDE = words("optimistic pessimistic confident hopeful skeptical sceptical critical"
      + " dismissive supportive wary worried concerned convinced sure certain glad happy unhappy angry furious"
      + " outraged proud sorry adamant insistent doubtful fearful afraid eager keen reluctant opposed"
      + " enthusiastic disappointed frustrated upset grateful thankful");

  /** Prepositions that introduce the object of an attitude ("dismissive of", "angry about"). */
  private static final Set<String> ATTITUDE_CONTENT = words("of about with at over toward towards");

  /** The content of a predicate adjective of attitude with a subject, or an empty set. */
  static BitSet attitude(SentenceGraph g, int j) {
    BitSet out = new BitSet();
    if (!g.token(j).pos().startsWith("JJ") || !ATTITUDE.contains(g.lemma(j)) || g.subject(j) == null) return out;
    for (int c : g.children(j)) {
      if (c < j) continue;
      String r = g.baseRelation(c);
      String m = g.caseMarker(c);
      if (r.equals("ccomp") || r.equals("xcomp") && "to".equals(m) || r.equals("obl") && m != null && ATTITUDE_CONTENT.contains(m)) {
        out.or(g.subtree(c));
        return out;
      }
    }
    return out;
  }

  /**
   * Verbs of feeling whose object is the one who feels ("The remark outraged voters", "His habits embarrassed
   * them"): the object holds the attitude, the subject is what it is about.
   */
  static final Set<String> PSYCH = words("embarrass outrage disgust anger infuriate enrage frustrate dismay"
      + " alarm upset delight impress shock appall appal horrify offend irritate annoy disappoint please");
}
