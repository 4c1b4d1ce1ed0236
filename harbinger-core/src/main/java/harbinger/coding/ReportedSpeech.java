package harbinger.coding;

import harbinger.coding.QuoteSpeakers.Speaker;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Attributed content found over the dependency structure of one sentence: the content of a cue verb
 * ({@link QuoteCues}), "according to X, ...", the frames of {@link QuoteFrames} (cue nouns, attitudes, findings of
 * polls, fronted topics, verbs of feeling), and a headline "Name: ..." in the first sentence; each with the speaker
 * {@link QuoteSpeakers} finds. Content found through an object, infinitive, preposition, noun or adjective is kept
 * only when its source can hold a view ({@link QuoteSources}). Thread-safe.
 */
final class ReportedSpeech {
  /** Reported content with its speaker (null when the reporting verb has no findable subject) and cue offset. */
  record Reported(int sentence, Span content, @Nullable Speaker speaker, int cue) {}

  private final QuoteSpeakers speakers;

  ReportedSpeech(QuoteSpeakers speakers) { this.speakers = speakers; }

  /**
   * A headline that opens with a name and a colon ("Reuters: Talks Stall"): what follows the colon is the
   * name's ("Senator Reed on the Budget: ‘A Disgrace’"). Only the article's first sentence, and only when the part
   * before the colon is a name, optionally followed by "on"/"about" and a topic without verb.
   */
  @Nullable Reported headline(ArticleContext a) {
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
    Speaker speaker = speakers.speakerAt(a, 0, name);
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
  List<Reported> reported(ArticleContext a, int s) {
    SentenceGraph g = a.graphs.get(s);
    List<Reported> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      BitSet view = QuoteFrames.attitude(g, v);
      if (!view.isEmpty()) {
        Speaker holder = speakers.speakerAt(a, s, g.subject(v));
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
        Speaker holder = speakers.speakerAt(a, s, experiencer);
        Span span = span(g, g.subtree(stimulus));
        if (holder != null && span != null && holder.plausibleSource()) out.add(new Reported(s, span, holder, g.token(v).begin()));
      }
      int topic = QuoteFrames.topic(g, v);
      if (topic >= 0) {
        Speaker speaker = speakers.speaker(a, s, v);
        Span span = span(g, g.subtree(topic));
        if (speaker != null && span != null) out.add(new Reported(s, span, speaker, g.token(v).begin()));
      }
      BitSet finding = QuoteFrames.evidential(g, v);
      Integer subject = g.subject(v);
      // "A survey released on Monday found Clinton leading": the parser made "found" a loose dependent of the participle
      if (subject == null && g.baseRelation(v).equals("dep") && g.head(v) >= 0 && g.head(v) < v) subject = g.subject(g.head(v));
      if (!finding.isEmpty() && subject != null && QuoteSources.information(g, subject)) {
        Span span = span(g, finding);
        if (span != null) out.add(new Reported(s, span, speakers.speakerAt(a, s, subject), g.token(v).begin()));
      }
      DetachedSubjects.Swallowed swallowed = DetachedSubjects.swallowed(g, v);
      if (swallowed == null) swallowed = DetachedSubjects.auxiliaryCue(g, v); // "a poll published Sunday showed him trailing"
      if (swallowed == null) swallowed = RelativeCues.swallowedByPredicate(g, v); // "An aide who asked ... said the ..."
      if (swallowed == null) swallowed = RelativeCues.nounPredicate(g, v); // "The group, which ..., rejected the claim"
      if (swallowed == null) swallowed = RelativeCues.relativeReport(g, v); // "a theme that analysts say could hurt"
      if (swallowed == null) swallowed = RelativeCues.modalAfterRelative(g, v); // "a decline that analysts conceded would ..."
      if (swallowed == null) swallowed = WireSpeakers.quotedAs(g, v); // "cited the governor as saying the curfew ..."
      if (swallowed == null) swallowed = LooseCues.markedParticiple(g, v); // "..., saying the rebels had ..." as a marker
      if (swallowed == null) swallowed = LooseCues.depOfReported(g, v); // "A poll published Saturday suggested the race ..."
      if (swallowed == null) swallowed = LooseCues.frontedParticiple(g, v); // "Calling the budget “a betrayal,” the leader urged ..."
      if (swallowed == null) swallowed = RelativeCues.contactRelative(g, v); // "a condition other governments have described as ..."
      if (swallowed == null) swallowed = LooseCues.garbledRelative(g, v); // "The official, who asked not to be named, said ..."
      if (swallowed == null) swallowed = MistaggedCues.saidAsModifier(g, v); // "..., who asked not to be named, said ministers had ..."
      if (swallowed == null) swallowed = MistaggedCues.sayAsAuxiliary(g, v); // "a vote they say was stolen"
      if (swallowed == null) swallowed = RelativeSayers.saidInRelative(g, v); // "A woman who said she had lived ..."
      if (swallowed == null) swallowed = RumourFrames.spread(g, v); // "Rumours spread through the camps that ..."
      if (swallowed != null) { // "Pruett, a Republican who ..., said the ruling would cause confusion"
        Span span = span(g, swallowed.content());
        Speaker speaker = speakers.speakerAt(a, s, swallowed.speaker());
        if (span != null && speaker != null) out.add(new Reported(s, span, speaker, g.token(v).begin()));
        continue;
      }
      if (AnonymityFormula.inFormula(g, v)) continue; // "not authorized to discuss the talks"
      if (LooseCues.unnamedAsker(g, v)) continue; // "Asked whether he would run, Smith ...": the asker is unnamed
      BitSet objectClause = MistaggedCues.objectAsSubject(g, v); // "disputed the figure and said service was recovering"
      QuoteCues.Content content = objectClause != null ? new QuoteCues.Content(objectClause, false) : QuoteCues.content(g, v); // any verb: "delivered a message" has no cue verb
      if (content.isEmpty()) content = ClauseCues.stanceClause(g, v); // "disputed that ..."
      if (content.isEmpty()) content = RelativeSayers.gerund(g, v); // "reported shooting near the centre""
      if (content.isEmpty()) content = AssuranceCues.content(g, v); // "had given assurances that it would keep order"
      if (content.isEmpty()) content = ShortAnswers.content(g, v); // "Not yet, the EPA says."
      if (content.isEmpty()) continue;
      BitSet tokens = ClauseCues.withoutCoordinatedReports(g, v, ReportedClauses.withoutContrasts(g, v, content.tokens()));
      Speaker speaker = speakers.speaker(a, s, v);
      if (content.needsSource() && (speaker == null || !speaker.plausibleSource())) continue;
      for (BitSet part : ThatClauses.parts(g, v, tokens)) { // "said ... and that ...": a claim per clause
        Span span = span(g, part);
        if (span != null) out.add(new Reported(s, span, speaker, g.token(v).begin()));
      }
    }
    for (int n = 0; n < g.size(); n++) {
      int[] nominal = QuoteFrames.nominal(g, n);
      if (nominal == null) continue;
      BitSet content = new BitSet();
      content.set(nominal[1], nominal[2] + 1);
      Span span = span(g, content);
      Speaker speaker = speakers.speakerAt(a, s, nominal[0]);
      if (span != null && speaker != null && speaker.plausibleSource()) out.add(new Reported(s, span, speaker, g.token(n).begin()));
    }
    for (int i = 0; i + 1 < g.size(); i++) {
      // the word, not the lemma: CoreNLP lemmatises "According" as "accord"
      if (!g.word(i).equalsIgnoreCase("according") || !g.word(i + 1).equalsIgnoreCase("to")) continue;
      int x = g.head(i + 1);
      if (x < 0 || x == i) x = g.head(i);
      if (x < 0) continue;
      int clause = g.head(x);
      BitSet content = clause < 0 ? WireSpeakers.afterRelativeSource(g, x) : g.subtree(clause, stopAt(x));
      content.clear(i);
      content.clear(i + 1);
      int[] name = AccordingNames.after(g, x, g.subtree(x)); // "According to one City economist, Harriet Osei, the UK ..."
      if (name != null) content.clear(name[0], name[1] + 1);
      Span span = span(g, content);
      Speaker speaker = name != null ? speakers.speakerAt(a, s, name[1] - 1) : speakers.speakerAt(a, s, x);
      if (span != null) out.add(new Reported(s, span, speaker, g.token(i).begin()));
    }
    // "One dealer ..., who declined to be named, said clients had ...", with the verb made a modifier of the clause
    SurfaceReports.Found broken = SurfaceReports.of(g, SurfaceReports.taken(g, out.stream().map(Reported::content).toList()));
    Speaker brokenSpeaker = broken == null ? null : speakers.speakerAt(a, s, broken.speaker());
    Span brokenSpan = broken == null ? null : span(g, broken.content());
    if (brokenSpeaker != null && brokenSpan != null) out.add(new Reported(s, brokenSpan, brokenSpeaker, g.token(broken.verb()).begin()));
    return out;
  }

  private static BitSet stopAt(int x) {
    BitSet stop = new BitSet();
    stop.set(x);
    return stop;
  }

  /** Character span of the tokens, without punctuation at either end; null when nothing but punctuation. */
  static @Nullable Span span(SentenceGraph g, BitSet tokens) {
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
