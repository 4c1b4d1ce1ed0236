package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.ActorKnowledgeFiles;
import harbinger.model.Actor;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Quote;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds what an article attributes to whom: quoted passages and reported speech, each with its speaker.
 * Consumes an {@link AnnotatedDoc} (tokens, lemmas, dependencies) and produces {@link Quote}s sorted by
 * content offset. Pure and thread-safe: all state lives in a per-call {@link ArticleContext}.
 *
 * <p>Implementation notes. Two kinds of quote are produced.
 * <ol>
 *   <li>Attributed content found over the dependency structure: the content of a cue verb ({@link QuoteCues}:
 *       the clause of a reporting verb, the object of a stance verb, the infinitive of an appeal, what is
 *       "called for" ...), "according to X, ...", and the frames of {@link QuoteFrames} (cue nouns, attitudes,
 *       findings of polls, fronted topics, verbs of feeling), plus a headline "Name: ..." in the first sentence.
 *       The speaker is the verb's nominal subject, or the "by" agent of a passive; a participle without subject
 *       ("..., adding that ...") takes the subject of the clause it depends on, "a spokesman saying" the noun it
 *       modifies; "who said" the relative pronoun's antecedent; an inversion ("“...,” said a spokeswoman") the
 *       noun after the verb ({@link QuoteSources#inverted}). Content found through an object, infinitive,
 *       preposition, noun or adjective is kept only when its source can hold a view ({@link QuoteSources}).</li>
 *   <li>Quoted passages ({@link Quotes}: “...” or "..." within a paragraph) of at least
 *       {@value #MIN_QUOTE_WORDS} words; a transcript inside one is cut into turns ({@link SpeakerLabels}). A
 *       passage inside reported speech is not repeated; one that overlaps
 *       reported speech takes its speaker, unless the reporting verb stands inside the passage ("“I think
 *       ...,” she said": the quoted "I" is not the speaker of the quote); otherwise the speaker is the subject of a reporting verb outside
 *       the quote in the quote's own sentences, then the subject of the verb that governs the quote ("X called the
 *       plan “a disaster”"), then a reporting verb in the other sentences of its paragraph (nearest first,
 *       at most 3 away), then, as news style continues a quote into the next paragraph, the speaker of the
 *       previous paragraph's last quote. Shorter quoted words (scare quotes) are left out.</li>
 * </ol>
 * The speaker's words are the subject's name phrase ({@link NamePhrases#of}); the speaker actor is what the
 * {@link ActorResolver} makes of it, with pronouns and role nouns resolved through the article's
 * {@link Discourse} (filled first by {@link MentionScanner}), so "he" can carry the actor of a person named
 * earlier. The actor is null when the speaker is unknown to the actor knowledge.
 */
public final class QuoteExtractor {
  /** Verbs (lemmas) whose clausal complement is attributed content: see {@link QuoteCues#REPORTING}. */
  static final Set<String> REPORTING = QuoteCues.REPORTING;
  static final int MIN_QUOTE_WORDS = 3;
  private static final Set<String> SUBJECTS = Set.of("nsubj");
  private static final Set<String> CONTROLLED = Set.of("advcl", "xcomp", "conj", "acl", "dep", "parataxis");
  /** Relations by which the parser hangs a participle on a noun ("the aide saying", "a tweet announcing"). */
  private static final Set<String> PARTICIPLE_HOSTS = Set.of("acl", "obl", "nmod");

  private final ActorResolver resolver;

  private QuoteExtractor(ActorKnowledge knowledge) {
    this.resolver = new ActorResolver(Objects.requireNonNull(knowledge, "knowledge"));
  }

  public static QuoteExtractor create(ActorKnowledge knowledge) { return new QuoteExtractor(knowledge); }

  /** An extractor over the bundled actor knowledge (loaded once per JVM). */
  public static QuoteExtractor createDefault() { return new QuoteExtractor(ActorKnowledgeFiles.loadDefault()); }

  /** A speaker found in the article: its words and the actor they resolve to, if any. */
  private record Speaker(Span span, String text, @Nullable Actor actor, boolean plausibleSource) {}

  /** Reported content with its speaker (null when the reporting verb has no findable subject) and cue offset. */
  private record Reported(int sentence, Span content, @Nullable Speaker speaker, int cue) {}

  /** The quotes of one article, sorted by content start. */
  public List<Quote> extract(AnnotatedDoc doc) {
    ArticleContext a = new ArticleContext(doc);
    new MentionScanner(resolver).scan(a);
    String text = doc.article().text();
    List<Reported> reported = new ArrayList<>();
    for (int s = 0; s < a.graphs.size(); s++) {
      if (a.inBoilerplate(s) || !a.graphs.get(s).parsed()) continue;
      for (Reported r : reported(a, s)) { // speech quoted inside a quote stays inside it
        Span clipped = a.quotes.clip(r.content(), r.cue());
        if (clipped != null) reported.add(clipped.equals(r.content()) ? r : new Reported(s, clipped, r.speaker(), r.cue()));
      }
    }
    Reported headline = headline(a);
    if (headline != null) reported.add(headline);
    List<Quote> out = new ArrayList<>();
    for (Reported r : reported) out.add(quote(doc, text, r.content(), r.speaker()));
    Speaker lastQuoteSpeaker = null;
    int lastQuoteParagraph = -10;
    for (Span quoted : a.quotes.spans()) {
      Span q = Quotes.trimmed(text, quoted);
      if (q == null) continue;
      int sentence = sentenceAt(a, q.start());
      if (sentence < 0 || a.inBoilerplate(sentence)) continue;
      List<SpeakerLabels.Turn> turns = SpeakerLabels.turns(text, q);
      if (!turns.isEmpty()) {
        for (SpeakerLabels.Turn t : turns) out.add(quote(doc, text, t.content(), labelSpeaker(a, t.label())));
        q = Quotes.trimmed(text, new Span(q.start(), turns.get(0).label().start()));
        if (q == null) continue;
      }
      int paragraph = a.doc.sentences().get(sentence).paragraph();
      if (Quotes.words(text, q) < MIN_QUOTE_WORDS || containedInReported(reported, q)) continue;
      Speaker speaker = overlappingReportedSpeaker(reported, q);
      if (speaker == null) speaker = quoteSpeaker(a, q, sentence);
      if (speaker == null && lastQuoteParagraph == paragraph - 1) speaker = lastQuoteSpeaker;
      out.add(quote(doc, text, q, speaker));
      if (speaker != null) { lastQuoteSpeaker = speaker; lastQuoteParagraph = paragraph; }
    }
    out.sort(Comparator.comparingInt((Quote x) -> x.content().start()).thenComparingInt(x -> x.content().end()));
    return List.copyOf(out);
  }

  private static Quote quote(AnnotatedDoc doc, String text, Span content, @Nullable Speaker s) {
    return new Quote(doc.article().id(), content, text.substring(content.start(), content.end()),
        s == null ? null : s.actor(), s == null ? null : s.span(), s == null ? null : s.text());
  }

  /** A transcript label ("MS. SMITH") as speaker, with the actor its last word resolves to. */
  private Speaker labelSpeaker(ArticleContext a, Span label) {
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

  /**
   * A headline that opens with a name and a colon ("Reuters: Talks Stall"): what follows the colon is the
   * name's ("Senator Reed on the Budget: ‘A Disgrace’"). Only the article's first sentence, and only when the part
   * before the colon is a name, optionally followed by "on"/"about" and a topic without verb.
   */
  private @Nullable Reported headline(ArticleContext a) {
    if (a.graphs.isEmpty() || a.inBoilerplate(0) || !a.graphs.get(0).parsed()) return null;
    SentenceGraph g = a.graphs.get(0);
    int colon = -1;
    for (int i = 0; i < g.size() && colon < 0; i++) if (g.word(i).equals(":")) colon = i;
    if (colon < 1 || colon + 1 >= g.size() || !g.token(0).isProperNoun()) return null;
    int name = 0; // the name: proper nouns from the start ("CNN's Jake Tapper"), then only "on/about <topic>"
    while (name + 1 < colon && (g.token(name + 1).isProperNoun() || g.token(name + 1).pos().equals("POS"))) name++;
    if (!g.token(name).isProperNoun() || dateline(g, name)) return null;
    if (name + 1 < colon && !(g.word(name + 1).equalsIgnoreCase("on") || g.word(name + 1).equalsIgnoreCase("about"))) return null;
    for (int i = name + 1; i < colon; i++) if (g.token(i).isVerb()) return null;
    BitSet content = new BitSet();
    content.set(colon + 1, g.size());
    Span span = span(g, content);
    Speaker speaker = speakerAt(a, 0, name);
    return span == null || speaker == null ? null : new Reported(0, span, speaker, g.token(colon).begin());
  }

  /** Is the name before a headline colon a dateline ("NEW DELHI: ..."), a place in capitals? */
  private static boolean dateline(SentenceGraph g, int last) {
    for (int i = 0; i <= last; i++) {
      String w = g.word(i);
      if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !g.token(i).ner().matches("CITY|LOCATION|COUNTRY|STATE_OR_PROVINCE")) return false;
    }
    return true;
  }

  /** Reported speech of one sentence: reporting verbs with content clauses, and "according to X". */
  private List<Reported> reported(ArticleContext a, int s) {
    SentenceGraph g = a.graphs.get(s);
    List<Reported> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      BitSet view = QuoteFrames.attitude(g, v);
      if (!view.isEmpty()) {
        Speaker holder = speakerAt(a, s, g.subject(v));
        Span span = span(g, view);
        if (span != null && holder != null && holder.plausibleSource()) out.add(new Reported(s, span, holder, g.token(v).begin()));
      }
      if (!g.token(v).isVerb()) continue;
      boolean psych = QuoteFrames.PSYCH.contains(g.lemma(v));
      Integer experiencer = psych ? g.child(v, "obj") : null;
      Integer stimulus = g.subject(v);
      if (psych && experiencer == null && QuoteCues.byAgent(g, v)) { // "Democrats were outraged by the letter"
        experiencer = g.child(v, "nsubj:pass");
        stimulus = ArgumentFinder.obliqueWith(g, v, List.of("by"));
        if (stimulus == null) for (int c : g.children(v)) if ("by".equals(g.caseMarker(c))) stimulus = c;
      }
      if (experiencer != null && stimulus != null && (stimulus < v || experiencer < v)) {
        Speaker holder = speakerAt(a, s, experiencer);
        Span span = span(g, g.subtree(stimulus));
        if (holder != null && span != null && holder.plausibleSource()) out.add(new Reported(s, span, holder, g.token(v).begin()));
      }
      int topic = QuoteFrames.topic(g, v);
      if (topic >= 0) {
        Speaker speaker = speaker(a, s, v);
        Span span = span(g, g.subtree(topic));
        if (speaker != null && span != null) out.add(new Reported(s, span, speaker, g.token(v).begin()));
      }
      BitSet finding = QuoteFrames.evidential(g, v);
      Integer subject = g.subject(v);
      if (!finding.isEmpty() && subject != null && QuoteSources.information(g, subject)) {
        Span span = span(g, finding);
        if (span != null) out.add(new Reported(s, span, speakerAt(a, s, subject), g.token(v).begin()));
      }
      QuoteCues.Content content = QuoteCues.content(g, v); // any verb: "delivered a message" has no cue verb
      if (content.isEmpty()) continue;
      Span span = span(g, content.tokens());
      if (span == null) continue;
      Speaker speaker = speaker(a, s, v);
      if (content.needsSource() && (speaker == null || !speaker.plausibleSource())) continue;
      out.add(new Reported(s, span, speaker, g.token(v).begin()));
    }
    for (int n = 0; n < g.size(); n++) {
      int[] nominal = QuoteFrames.nominal(g, n);
      if (nominal == null) continue;
      BitSet content = new BitSet();
      content.set(nominal[1], nominal[2] + 1);
      Span span = span(g, content);
      Speaker speaker = speakerAt(a, s, nominal[0]);
      if (span != null && speaker != null && speaker.plausibleSource()) out.add(new Reported(s, span, speaker, g.token(n).begin()));
    }
    for (int i = 0; i + 1 < g.size(); i++) {
      // the word, not the lemma: CoreNLP lemmatises "According" as "accord"
      if (!g.word(i).equalsIgnoreCase("according") || !g.word(i + 1).equalsIgnoreCase("to")) continue;
      int x = g.head(i + 1);
      if (x < 0 || x == i) x = g.head(i);
      if (x < 0) continue;
      int clause = g.head(x);
      if (clause < 0) continue;
      BitSet stop = new BitSet();
      stop.set(x);
      BitSet content = g.subtree(clause, stop);
      content.clear(i);
      content.clear(i + 1);
      Span span = span(g, content);
      if (span != null) out.add(new Reported(s, span, speakerAt(a, s, x), g.token(i).begin()));
    }
    return out;
  }

  /** The subject of reporting verb {@code v}, walking up through participles and coordinations. */
  private @Nullable Speaker speaker(ArticleContext a, int s, int v) {
    SentenceGraph g = a.graphs.get(s);
    int verb = v;
    for (int step = 0; step < 3 && verb >= 0; step++) {
      Integer split = step == 0 && QuoteCues.REPORTING.contains(g.lemma(verb)) ? ReportedClauses.splitSubject(g, verb) : null;
      int[] two = step == 0 && split == null && QuoteCues.REPORTING.contains(g.lemma(verb)) ? ReportedClauses.doubleSubject(g, verb) : null;
      if (split != null || two != null) return speakerAt(a, s, split != null ? split : two[1]);
      Integer subject = g.subject(verb);
      if (subject != null && SUBJECTS.contains(g.relation(subject))) return speakerAt(a, s, subject);
      Integer inverted = step == 0 ? QuoteSources.inverted(g, verb) : null;
      if (inverted != null) return speakerAt(a, s, inverted);
      Integer loose = step == 0 && QuoteCues.REPORTING.contains(g.lemma(verb)) ? QuoteCues.looseSubject(g, verb) : null;
      if (loose != null) return speakerAt(a, s, loose);
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
      if (!g.token(host).isVerb()) {
        // a participle on a noun: "a spokesman saying ..." is the spokesman's; after a comma ("He broke with the
        // party, saying ...") the parser has misplaced a clause-level participle, which takes the clause's subject
        // ("by questioning the system": a participle with a preposition is the clause's manner, not the noun's)
        if (participle && rel.equals("acl") && !g.word(verb - 1).equals(",") && g.caseMarker(verb) == null) return speakerAt(a, s, host);
        // up to the predicate: a verb, or an adjective or noun with a subject ("she was dismissive of him, telling ...")
        while (host >= 0 && !g.token(host).isVerb() && g.subject(host) == null) host = g.head(host);
      }
      verb = host;
    }
    return null;
  }

  private @Nullable Speaker speakerAt(ArticleContext a, int s, int head) {
    SentenceGraph g = a.graphs.get(s);
    if (g.token(head).pos().startsWith("W")) { // "a columnist who said": the relative pronoun stands for its antecedent
      int clause = g.head(head);
      int antecedent = clause < 0 ? -1 : g.head(clause);
      boolean relative = clause >= 0 && (g.relation(clause).equals("acl:relcl") || g.baseRelation(clause).equals("dep"));
      if (!relative || antecedent < 0 || !(g.token(antecedent).isNoun() || g.token(antecedent).isPronoun())) return null;
      return speakerAt(a, s, antecedent);
    }
    List<Integer> phrase = NamePhrases.of(g, head);
    Span span = g.span(phrase.get(0), phrase.get(phrase.size() - 1));
    String words = a.doc.article().text().substring(span.start(), span.end());
    var ctx = new ActorResolver.Context(s, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
    Actor actor = resolver.resolve(g, head, ctx).map(ActorResolver.Resolved::actor).orElse(null);
    return new Speaker(span, words, actor, QuoteSources.plausible(g, head, actor != null));
  }

  /** The speaker of a quoted passage from a reporting verb outside it: its sentences, then its paragraph. */
  private @Nullable Speaker quoteSpeaker(ArticleContext a, Span q, int first) {
    int last = first;
    while (last + 1 < a.doc.sentences().size() && a.doc.sentences().get(last + 1).begin() < q.end()) last++;
    for (int s = first; s <= last; s++) {
      Speaker own = sentenceSpeaker(a, s, q);
      if (own != null) return own;
    }
    Speaker governing = governingSubject(a, first, q);
    if (governing != null) return governing;
    int paragraph = a.doc.sentences().get(first).paragraph();
    for (int d = 1; d <= 3; d++) {
      for (int s : new int[] {last + d, first - d}) {
        if (s < 0 || s >= a.graphs.size() || a.doc.sentences().get(s).paragraph() != paragraph) continue;
        Speaker other = sentenceSpeaker(a, s, q);
        if (other != null) return other;
      }
    }
    return null;
  }

  /** A reporting verb of sentence {@code s} outside the quote, nearest to it, with a subject outside it. */
  private @Nullable Speaker sentenceSpeaker(ArticleContext a, int s, Span q) {
    SentenceGraph g = a.graphs.get(s);
    if (!g.parsed()) return null;
    List<Integer> verbs = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!g.token(i).isVerb() || !REPORTING.contains(g.lemma(i))) continue;
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
        if (subject == null || inside(g, subject, q)) break;
        return speakerAt(a, s, subject);
      }
      return null;
    }
    return null;
  }

  private static boolean inside(SentenceGraph g, int token, Span q) {
    return q.start() <= g.token(token).begin() && g.token(token).end() <= q.end();
  }

  private static int distance(SentenceGraph g, int token, Span q) {
    int b = g.token(token).begin();
    return b < q.start() ? q.start() - b : Math.max(0, b - q.end());
  }

  /** Reported speech whose cue is inside the quote is speech quoted by someone else ("“I think ...,” she said"). */
  private static boolean nested(Reported r, Span q) { return q.start() <= r.cue() && r.cue() < q.end(); }

  private static boolean containedInReported(List<Reported> reported, Span q) {
    for (Reported r : reported) if (!nested(r, q) && r.content().contains(q)) return true;
    return false;
  }

  private static @Nullable Speaker overlappingReportedSpeaker(List<Reported> reported, Span q) {
    for (Reported r : reported) {
      if (r.speaker() != null && !nested(r, q) && r.content().start() < q.end() && q.start() < r.content().end()) return r.speaker();
    }
    return null;
  }

  private static int sentenceAt(ArticleContext a, int offset) {
    for (var s : a.doc.sentences()) if (s.begin() <= offset && offset < s.end()) return s.index();
    for (var s : a.doc.sentences()) if (offset < s.begin()) return s.index();
    return -1;
  }

  /** Character span of the tokens, without punctuation at either end; null when nothing but punctuation. */
  private static @Nullable Span span(SentenceGraph g, BitSet tokens) {
    int first = tokens.nextSetBit(0);
    int last = tokens.length() - 1;
    while (first >= 0 && first <= last && punctuation(g, first)) first = tokens.nextSetBit(first + 1);
    while (last >= 0 && last >= first && punctuation(g, last)) last = tokens.previousSetBit(last - 1);
    if (first < 0 || last < first) return null;
    return g.span(first, last);
  }

  private static boolean punctuation(SentenceGraph g, int i) {
    return g.baseRelation(i).equals("punct") || !Character.isLetterOrDigit(g.word(i).codePointAt(0))
        && g.word(i).codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
