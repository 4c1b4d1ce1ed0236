package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.ActorKnowledgeFiles;
import harbinger.coding.QuoteSpeakers.Speaker;
import harbinger.coding.ReportedSpeech.Reported;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Quote;
import harbinger.model.Span;
import java.util.ArrayList;
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
 *       noun after the verb ({@link QuoteSources#inverted}); wire-copy speakers the subject rule misses ("quoted X
 *       as saying", "it" after an organisation, a poll's participle taken for the verb) come from
 *       {@link WireSpeakers}, stance clauses and coordinated reports from {@link ClauseCues}, and the anonymity
 *       formula ({@link AnonymityFormula}) attributes nothing. Content found through an object, infinitive,
 *       preposition, noun or adjective is kept only when its source can hold a view ({@link QuoteSources}).</li>
 *   <li>Quoted passages ({@link Quotes}: “...” or "..." within a paragraph) of at least
 *       {@value #MIN_QUOTE_WORDS} words; a transcript inside one is cut into turns ({@link SpeakerLabels}). A
 *       passage inside reported speech is not repeated; one that overlaps
 *       reported speech takes its speaker, unless the reporting verb stands inside the passage ("“I think
 *       ...,” she said": the quoted "I" is not the speaker of the quote); otherwise the speaker is the subject of a reporting verb outside
 *       the quote in the quote's own sentences, then the subject of the verb that governs the quote ("X called the
 *       plan “a disaster”"), then a reporting verb in the other sentences of its paragraph (nearest first,
 *       at most 3 away), then, as news style continues a quote into the next paragraph, the speaker of the
 *       previous paragraph's last quote. Shorter quoted words (scare quotes) are left out unless they are a whole
 *       utterance ({@link ShortUtterances}: "“Close,” he said.").</li>
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

  private final QuoteSpeakers speakers;
  private final ReportedSpeech speech;

  private QuoteExtractor(ActorKnowledge knowledge) {
    ActorResolver resolver = new ActorResolver(Objects.requireNonNull(knowledge, "knowledge"));
    this.speakers = new QuoteSpeakers(resolver);
    this.speech = new ReportedSpeech(speakers);
  }

  public static QuoteExtractor create(ActorKnowledge knowledge) { return new QuoteExtractor(knowledge); }

  /** An extractor over the bundled actor knowledge (loaded once per JVM). */
  public static QuoteExtractor createDefault() { return new QuoteExtractor(ActorKnowledgeFiles.loadDefault()); }

  /** The quotes of one article, sorted by content start. */
  public List<Quote> extract(AnnotatedDoc doc) {
    ArticleContext a = new ArticleContext(doc);
    speakers.scan(a);
    String text = doc.article().text();
    List<Reported> reported = new ArrayList<>();
    for (int s = 0; s < a.graphs.size(); s++) {
      if (a.inBoilerplate(s) || !a.graphs.get(s).parsed()) continue;
      for (Reported r : speech.reported(a, s)) { // speech quoted inside a quote stays inside it
        Span clipped = a.quotes.clip(r.content(), r.cue());
        if (clipped != null) reported.add(clipped.equals(r.content()) ? r : new Reported(s, clipped, r.speaker(), r.cue()));
      }
    }
    Reported headline = speech.headline(a);
    if (headline != null) reported.add(headline);
    List<Quote> out = new ArrayList<>();
    for (Reported r : reported) out.add(quote(doc, text, r.content(), r.speaker()));
    Speaker lastQuoteSpeaker = null;
    int lastQuoteParagraph = -10;
    for (Span quoted : a.quotes.spans()) {
      Span q = Quotes.trimmed(text, quoted);
      if (q == null) continue;
      int sentence = QuoteSpeakers.sentenceAt(a, q.start());
      if (sentence < 0 || a.inBoilerplate(sentence)) continue;
      List<SpeakerLabels.Turn> turns = SpeakerLabels.turns(text, q);
      if (!turns.isEmpty()) {
        for (SpeakerLabels.Turn t : turns) out.add(quote(doc, text, t.content(), speakers.labelSpeaker(a, t.label())));
        q = Quotes.trimmed(text, new Span(q.start(), turns.get(0).label().start()));
        if (q == null) continue;
      }
      int paragraph = a.doc.sentences().get(sentence).paragraph();
      if (Quotes.words(text, q) < MIN_QUOTE_WORDS && !ShortUtterances.whole(text, quoted) || containedInReported(reported, q)) continue;
      Speaker speaker = overlappingReportedSpeaker(reported, q);
      if (speaker == null) speaker = speakers.quoteSpeaker(a, q, sentence);
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
}
