package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who says what the {@link QuoteExtractor} found: the subject of a reporting verb (walking up through participles
 * and coordinations), the antecedent of "who", the noun after an inverted verb, a transcript label, and for a
 * quoted passage without a verb of its own the reporting verbs of its sentences and paragraph. Each speaker is the
 * subject's name phrase with the actor the {@link ActorResolver} makes of it (pronouns and role nouns through the
 * article's {@link Discourse}). Stateless apart from the resolver; thread-safe.
 */
final class QuoteSpeakers {
  private static final Set<String> SUBJECTS = Set.of("nsubj");
  private static final Set<String> CONTROLLED = Set.of("advcl", "xcomp", "conj", "acl", "dep", "parataxis");
  /** Relations by which the parser hangs a participle on a noun ("the aide saying", "a tweet announcing"). */
  private static final Set<String> PARTICIPLE_HOSTS = Set.of("acl", "obl", "nmod");

  /** A speaker found in the article: its words and the actor they resolve to, if any. */
  record Speaker(Span span, String text, @Nullable Actor actor, boolean plausibleSource) {}

  private final ActorResolver resolver;

  QuoteSpeakers(ActorResolver resolver) { this.resolver = resolver; }

  /** Fills the article's discourse with the people and groups it names, so that "he" can carry an earlier name. */
  void scan(ArticleContext a) { new MentionScanner(resolver).scan(a); }

  /** A transcript label ("MS. SMITH") as speaker, with the actor its last word resolves to. */
  Speaker labelSpeaker(ArticleContext a, Span label) {
    String words = a.doc.article().text().substring(label.start(), label.end());
    int s = sentenceAt(a, label.start());
    Actor actor = null;
    if (s >= 0 && a.graphs.get(s).parsed()) {
      SentenceGraph g = a.graphs.get(s);
      for (int i = 0; i < g.size(); i++) {
        if (g.token(i).begin() < label.start() || g.token(i).end() > label.end() || !g.token(i).isNoun()) continue;
        Speaker sp = speakerAt(a, s, i);
        if (sp != null && sp.actor() != null) actor = sp.actor();
      }
    }
    return new Speaker(label, words, actor, true);
  }

  /** The subject of reporting verb {@code v}, walking up through participles and coordinations. */
  @Nullable Speaker speaker(ArticleContext a, int s, int v) {
    SentenceGraph g = a.graphs.get(s);
    int verb = v;
    for (int step = 0; step < 3 && verb >= 0; step++) {
      Integer split = step == 0 && QuoteCues.REPORTING.contains(g.lemma(verb)) ? ReportedClauses.splitSubject(g, verb) : null;
      int[] two = step == 0 && split == null && QuoteCues.REPORTING.contains(g.lemma(verb)) ? ReportedClauses.doubleSubject(g, verb) : null;
      if (split != null || two != null) return speakerAt(a, s, split != null ? split : two[1]);
      Integer wire = step == 0 ? WireSpeakers.quotedPerson(g, verb) : null; // "quoted a guard as saying"
      if (wire == null && step == 0) wire = WireSpeakers.reducedRelativeSource(g, verb); // "a poll conducted after X found"
      if (wire == null && step == 0) wire = MistaggedCues.objectBefore(g, verb); // "told reporters the hospitals had warned"
      if (wire == null && step == 0) wire = MisreadSubjects.frontedPlace(g, verb); // "Outside parliament, hundreds ... chanted"
      if (wire == null && step == 0) wire = MisreadSubjects.markedRelative(g, verb); // "a worker who was held after a march said"
      if (wire == null && step == 0) wire = WrittenInversions.source(g, verb); // "“We are fine,” read the note"
      if (wire != null) return speakerAt(a, s, wire);
      Integer subject = g.subject(verb);
      // "Two deputies did so, each saying that ...": a distributive subject of a participle is the clause's subject
      boolean distributive = subject != null && g.token(verb).pos().equals("VBG") && g.word(subject).matches("(?i)each|both");
      if (subject != null && SUBJECTS.contains(g.relation(subject)) && !distributive) return speakerAt(a, s, subject);
      Integer inverted = step == 0 ? QuoteSources.inverted(g, verb) : null;
      if (inverted != null) return speakerAt(a, s, inverted);
      Integer loose = step == 0 && QuoteCues.REPORTING.contains(g.lemma(verb)) ? QuoteCues.looseSubject(g, verb) : null;
      if (loose != null) return speakerAt(a, s, loose);
      Integer preceding = step == 0 && QuoteCues.REPORTING.contains(g.lemma(verb)) ? DetachedSubjects.precedingPhrase(g, verb) : null;
      if (preceding != null) return speakerAt(a, s, preceding);
      Integer opening = step == 0 ? WireSpeakers.strandedOpening(g, verb) : null; // "One engineer, a Dutchman who ..., said"
      if (opening != null) return speakerAt(a, s, opening);
      Integer appended = step == 0 ? QuoteSources.appended(g, verb) : null;
      if (appended != null) return speakerAt(a, s, appended);
      Integer clausalSubject = g.child(verb, "csubj"); // "An email released by X shows ...", split by the parser
      if (clausalSubject != null && clausalSubject < verb && g.subject(clausalSubject) != null)
        return speakerAt(a, s, g.subject(clausalSubject));
      boolean passive = g.child(verb, "aux:pass", "nsubj:pass") != null;
      Integer agent = passive ? ArgumentFinder.obliqueWith(g, verb, List.of("by")) : null;
      if (agent != null) return speakerAt(a, s, agent);
      String rel = g.baseRelation(verb);
      boolean participle = g.token(verb).pos().equals("VBG");
      if (!CONTROLLED.contains(rel) && !(participle && PARTICIPLE_HOSTS.contains(rel))) return null;
      int host = g.head(verb);
      if (host < 0) return null;
      // "appeared with a group of mothers who had lost children, to deliver the same message": a purpose clause set
      // off by a comma is the main clause's, though the parser hung it on the relative clause before it
      if ((rel.equals("advcl") || rel.equals("dep")) && g.hasMarker(verb, "to") && g.relation(host).equals("acl:relcl") && afterComma(g, verb)) host = g.head(host);
      if (!g.token(host).isVerb()) {
        // a participle on a noun: "a spokesman saying ..." is the spokesman's; after a comma ("He broke with the
        // party, saying ...") the parser has misplaced a clause-level participle, which takes the clause's subject
        // ("by questioning the system": a participle with a preposition is the clause's manner, not the noun's)
        if (participle && rel.equals("acl") && !g.word(verb - 1).equals(",") && g.caseMarker(verb) == null) {
          Integer issuer = IssuedDocuments.issuer(g, host); // "Warren issued a report arguing ..." is Warren's
          return speakerAt(a, s, issuer != null ? issuer : host);
        }
        // up to the predicate: a verb, or an adjective or noun with a subject ("she was dismissive of him, telling ...")
        while (host >= 0 && !g.token(host).isVerb() && g.subject(host) == null) host = g.head(host);
      }
      verb = host;
    }
    return null;
  }

  @Nullable Speaker speakerAt(ArticleContext a, int s, int head) {
    SentenceGraph g = a.graphs.get(s);
    if (g.token(head).pos().startsWith("W")) { // "a columnist who said": the relative pronoun stands for its antecedent
      int clause = g.head(head);
      int antecedent = clause < 0 ? -1 : g.head(clause);
      boolean relative = clause >= 0 && (g.relation(clause).equals("acl:relcl") || g.baseRelation(clause).equals("dep"));
      if (!relative && clause >= 0 && g.relation(head).startsWith("nsubj")) antecedent = beforeComma(g, head);
      else if (!relative) antecedent = -1;
      // "after days of pressure from foreign regulators, who said ...", with "said" hung on the main verb
      if (relative && antecedent >= 0 && g.token(antecedent).isVerb() && g.relation(head).startsWith("nsubj")) antecedent = beforeComma(g, head);
      if (antecedent < 0 || !(g.token(antecedent).isNoun() || g.token(antecedent).isPronoun())) return null;
      return speakerAt(a, s, CueOwners.namedInApposition(g, antecedent));
    }
    int reporter = PossessiveSources.reporter(g, head); // "X tweeted that ... and renewed its call for"
    if (reporter >= 0) return speakerAt(a, s, reporter);
    List<Integer> phrase = NamePhrases.of(g, head);
    Span span = g.span(phrase.get(0), SpeakerExtents.last(g, head, phrase));
    String words = a.doc.article().text().substring(span.start(), span.end());
    var ctx = new ActorResolver.Context(s, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
    Actor actor = resolver.resolve(g, head, ctx).map(ActorResolver.Resolved::actor).orElse(null);
    return new Speaker(span, words, actor, QuoteSources.plausible(g, head, actor != null) || WireSpeakers.itStandsForASource(a, s, g, head));
  }

  /**
   * The antecedent of a relative pronoun whose clause the parser made a complement or a coordinate of the main
   * verb ("drew rebukes from election officials in three states, who said ...": "said" a complement of "drew"): the
   * noun just before the comma that opens the clause, climbing its "in"/"of" modifiers to the noun they modify
   * ("officials in three states" is the officials). Returns -1 when no comma and noun stand there.
   */
  private static final Set<String> FROM_WHOM = Set.of("from", "by", "with");

  private static int beforeComma(SentenceGraph g, int pronoun) {
    if (pronoun < 2 || !g.word(pronoun - 1).equals(",") || !g.token(pronoun - 2).isNoun()) return -1;
    int n = pronoun - 2;
    for (int steps = 0; steps < 3 && g.baseRelation(n).equals("nmod") && g.head(n) >= 0 && g.head(n) < n && g.token(g.head(n)).isNoun()
        && !FROM_WHOM.contains(String.valueOf(g.caseMarker(n))); steps++) n = g.head(n); // not "pressure from regulators"

    return n;
  }

  /** The speaker of a quoted passage from a reporting verb outside it: its sentences, then its paragraph. */
  @Nullable Speaker quoteSpeaker(ArticleContext a, Span q, int first) {
    int last = first;
    while (last + 1 < a.doc.sentences().size() && a.doc.sentences().get(last + 1).begin() < q.end()) last++;
    for (int s = first; s <= last; s++) {
      Speaker own = sentenceSpeaker(a, s, q);
      if (own != null) return own;
    }
    for (int s = last; s <= last + 1 && s < a.graphs.size(); s++) { // "That was the question put to X by a resident"
      Integer asker = a.graphs.get(s).parsed() && question(a, q) ? QuestionAskers.asker(a.graphs.get(s)) : null;
      if (asker != null && a.graphs.get(s).token(asker).begin() >= q.end()) return speakerAt(a, s, asker);
    }
    Speaker governing = governingSubject(a, first, q);
    if (governing != null) return governing;
    Speaker signed = signature(a, q);
    if (signed != null) return signed;
    int paragraph = a.doc.sentences().get(first).paragraph();
    // "“...,” said X, a ... . “Some of these homes ...” She said ...": the quote goes on from the sentence before
    boolean runsOn = first > 0 && a.doc.sentences().get(first - 1).paragraph() == paragraph && QuoteRuns.attributedBehind(a, first - 1, q);
    for (int d = 1; d <= 3; d++) {
      for (int s : d == 1 && runsOn ? new int[] {first - d, last + d} : new int[] {last + d, first - d}) {
        if (s < 0 || s >= a.graphs.size() || a.doc.sentences().get(s).paragraph() != paragraph) continue;
        Speaker other = sentenceSpeaker(a, s, q);
        if (other != null) return other;
      }
    }
    return null;
  }

  /**
   * A quote signed by a dash and a name right after its closing mark, as tweets and epigraphs are quoted ("“...”
   * — Mitt Romney (@MittRomney)"): the name, when nothing but the closing mark stands between the quote and the dash.
   */
  private @Nullable Speaker signature(ArticleContext a, Span q) {
    int s = sentenceAt(a, q.end());
    for (int k = 0; k < 2 && s >= 0 && s < a.graphs.size(); k++, s++) {
      SentenceGraph g = a.graphs.get(s);
      int i = 0;
      while (i < g.size() && g.token(i).end() <= q.end()) i++;
      while (i < g.size() && g.token(i).pos().matches("''|``|\\.")) i++; // the closing mark and a stop left outside the quote
      if (i >= g.size()) continue;
      if (!g.word(i).matches("—|–|--|-") || a.doc.article().text().substring(q.end(), g.token(i).begin()).chars().anyMatch(Character::isLetterOrDigit)) return null;
      int name = i + 1;
      while (name + 1 < g.size() && g.token(name + 1).isProperNoun() && !g.word(name + 1).startsWith("@")) name++;
      return name < g.size() && g.token(name).isProperNoun() && name > i ? speakerAt(a, s, name) : null;
    }
    return null;
  }

  /** A reporting verb of sentence {@code s} outside the quote, nearest to it, with a subject outside it. */
  private @Nullable Speaker sentenceSpeaker(ArticleContext a, int s, Span q) {
    SentenceGraph g = a.graphs.get(s);
    if (!g.parsed()) return null;
    List<Integer> verbs = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!g.token(i).isVerb() || !QuoteCues.REPORTING.contains(g.lemma(i)) && !WrittenInversions.readAfterQuote(g, i)) continue;
      if (a.quotes.at(g.token(i).begin()).isPresent()) continue;
      verbs.add(i);
    }
    verbs.sort(Comparator.comparingInt(i -> distance(g, i, q)));
    for (int v : verbs) {
      Speaker sp = speaker(a, s, v);
      if (sp != null && !(q.start() <= sp.span().start() && sp.span().end() <= q.end())) return sp;
    }
    return null;
  }

  /**
   * For a quote inside a sentence with no reporting verb, the subject of the verb outside the quote that
   * governs it ("The governor called the plan “a disaster”", "She compared him to a duck, “sailing ...”"): the
   * subject of the clause is the one whose words are quoted.
   */
  private @Nullable Speaker governingSubject(ArticleContext a, int s, Span q) {
    SentenceGraph g = a.graphs.get(s);
    if (!g.parsed()) return null;
    for (int i = 0; i < g.size(); i++) {
      if (!inside(g, i, q) || g.head(i) < 0 || inside(g, g.head(i), q)) continue;
      for (int k = g.head(i); k >= 0; k = g.head(k)) {
        if (inside(g, k, q)) break;
        if (!g.token(k).isVerb()) continue;
        Integer subject = g.subject(k);
        // "marched to the town hall chanting “...”": a participle without subject takes the clause's above it
        if (subject == null && g.token(k).pos().equals("VBG") && g.baseRelation(k).matches("acl|advcl|xcomp")) continue;
        if (subject == null || inside(g, subject, q)) break;
        Integer fronted = MisreadSubjects.frontedPlace(g, k); // "Outside parliament, hundreds of protesters chanted “...”"
        return speakerAt(a, s, fronted != null ? fronted : subject);
      }
      return null;
    }
    return null;
  }

  /** Does the quote end with a question mark, inside or just after its trimmed words? */
  private static boolean question(ArticleContext a, Span q) {
    String t = a.doc.article().text();
    for (int i = Math.max(q.start(), q.end() - 1); i < Math.min(t.length(), q.end() + 2); i++) if (t.charAt(i) == '?') return true;
    return false;
  }

  private static boolean afterComma(SentenceGraph g, int verb) {
    int first = g.subtree(verb).nextSetBit(0);
    return first > 0 && g.word(first - 1).equals(",");
  }

  private static boolean inside(SentenceGraph g, int token, Span q) {
    return q.start() <= g.token(token).begin() && g.token(token).end() <= q.end();
  }

  private static int distance(SentenceGraph g, int token, Span q) {
    int b = g.token(token).begin();
    return b < q.start() ? q.start() - b : Math.max(0, b - q.end());
  }

  static int sentenceAt(ArticleContext a, int offset) {
    for (var s : a.doc.sentences()) if (s.begin() <= offset && offset < s.end()) return s.index();
    for (var s : a.doc.sentences()) if (offset < s.begin()) return s.index();
    return -1;
  }
}
