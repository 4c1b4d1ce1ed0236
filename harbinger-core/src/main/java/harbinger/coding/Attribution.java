package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who reports an event: the subject of the reporting verb whose complement holds the event, the speaker of
 * the quote the event stands in (found on the sentence's own reporting verb or, for a quote without one, on
 * another sentence of the paragraph), or X in "according to X". Thread-safe if the resolver is.
 */
final class Attribution {
  private static final Set<String> SPEECH = Set.of("say", "tell", "state", "note", "add", "announce", "declare",
      "write", "tweet", "insist", "stress", "explain", "warn", "reiterate", "claim", "report", "continue");

  private final ActorResolver resolver;

  Attribution(ActorResolver resolver) { this.resolver = resolver; }

  static boolean isSpeechVerb(SentenceGraph g, int k) {
    return g.token(k).isVerb() && SPEECH.contains(g.lemma(k));
  }

  /** The speaker actor of a reporting verb (its subject, or its "by" agent in the passive). */
  Optional<Actor> speakerOf(ArticleContext a, int sentence, int verb) {
    return speakerOf(a, sentence, verb, null);
  }

  /**
   * The speaker of a reporting verb, an agent of no named country ("police said") taken to be of the event's
   * country ({@code fallbackCountry}, from its place or the story's own side), when known.
   */
  Optional<Actor> speakerOf(ArticleContext a, int sentence, int verb, @Nullable String fallbackCountry) {
    SentenceGraph g = a.graphs.get(sentence);
    Integer subject = g.child(verb, "nsubj");
    if (subject == null) subject = ArgumentFinder.obliqueWith(g, verb, java.util.List.of("by"));
    if (subject == null) return Optional.empty();
    return resolve(a, sentence, subject, fallbackCountry);
  }

  /** Agents who arrest, detain, expel and seize in their state's name. */
  private static final Set<String> AUTHORITIES = Set.of("COP", "MIL", "JUD", "GOV", "SPY");

  /**
   * "Police said three men had been arrested": a coercive act (CAMEO 17) told in the passive without an agent, by
   * an authority that speaks for the state, is that authority's own act.
   */
  static boolean isAuthorityAgent(SentenceGraph g, int trigger, harbinger.ontology.EventType type,
                                  ModalityFinder.Reading reading, @Nullable Actor speaker) {
    if (speaker == null || reading.reportingVerb() == null) return false;
    if (type.root().equals("17")) {
      if (!g.token(trigger).isVerb() || g.child(trigger, "nsubj:pass") == null) return false;
      if (ArgumentFinder.obliqueWith(g, trigger, java.util.List.of("by")) != null) return false;
      return speaker.country() != null && speaker.agents().stream().anyMatch(AUTHORITIES::contains);
    }
    return yieldingAgent(g, trigger, type, speaker);
  }

  /** Roots of an intent to yield (03) and of yielding (08). */
  private static final Set<String> YIELDING = Set.of("03", "08");

  /**
   * "The United States said sanctions on Sudan would be lifted", "Saddam Hussein announced that all foreigners held in
   * Iraq would be allowed to leave": a concession told in the passive without an agent, announced by a state or its
   * government, is the announcer's own (session 21). Only a state (no agent) or an authority of one qualifies.
   */
  private static boolean yieldingAgent(SentenceGraph g, int trigger, harbinger.ontology.EventType type, Actor speaker) {
    if (!YIELDING.contains(type.root()) || !g.token(trigger).isVerb() || g.child(trigger, "aux:pass") == null) return false;
    if (ArgumentFinder.obliqueWith(g, trigger, java.util.List.of("by")) != null) return false;
    return speaker.country() != null && (speaker.agents().isEmpty() || speaker.agents().stream().anyMatch(AUTHORITIES::contains));
  }

  /** True when the reporting verb's subject is a news outlet ("Reuters reported"): the news source, not a party's claim. */
  boolean mediaSpeaker(ArticleContext a, int sentence, int verb) {
    SentenceGraph g = a.graphs.get(sentence);
    Integer subject = g.subject(verb);
    if (subject == null) return false;
    List<Integer> phrase = NamePhrases.of(g, subject);
    return resolver.knowledge().isMedia(g.text(phrase.get(0), phrase.get(phrase.size() - 1)))
        || resolver.knowledge().isMedia(g.word(subject));
  }

  /**
   * "Posting on Facebook, the army said Russian forces had shelled Kherson": a speech verb the parser hung on the
   * event's clause as parataxis (so no complement holds the event) still reports it; its subject is the speaker
   * unless it is a news outlet. Climbs from the trigger through the clauses that contain it.
   */
  Optional<Actor> parataxisSpeaker(ArticleContext a, int sentence, int trigger) {
    SentenceGraph g = a.graphs.get(sentence);
    int k = trigger;
    for (int steps = 0; k >= 0 && steps < 4; steps++) {
      for (int c : g.children(k)) {
        if (!g.relation(c).equals("parataxis") || !isSpeechVerb(g, c) || a.quotes.at(g.token(c).begin()).isPresent()) continue;
        if (g.child(c, "ccomp") != null || mediaSpeaker(a, sentence, c)) continue;
        Optional<Actor> s = speakerOf(a, sentence, c);
        if (s.isPresent()) return s;
      }
      String r = g.relation(k);
      if (!(r.equals("xcomp") || r.equals("conj") || r.startsWith("advcl") || !g.token(k).isVerb())) break;
      k = g.head(k);
    }
    return Optional.empty();
  }

  /** "according to X" anywhere in the sentence. */
  Optional<Actor> accordingTo(ArticleContext a, int sentence) {
    SentenceGraph g = a.graphs.get(sentence);
    for (int i = 0; i + 1 < g.size(); i++) {
      if (g.word(i).equalsIgnoreCase("according") && g.lemma(i + 1).equals("to")) {
        Integer head = g.head(i + 1) >= 0 ? g.head(i + 1) : null;
        if (head == null || head == i) head = g.head(i) >= 0 ? g.head(i) : null;
        if (head != null) return resolve(a, sentence, head);
      }
    }
    return Optional.empty();
  }

  /** The speaker of the quote containing the offset, looking at this sentence, then its paragraph. */
  Optional<Actor> quoteSpeaker(ArticleContext a, int sentence, Span quote) {
    Optional<Actor> own = sentenceSpeaker(a, sentence, quote);
    if (own.isPresent()) return own;
    int paragraph = a.doc.sentences().get(sentence).paragraph();
    for (int d = 1; d <= 3; d++) {
      for (int s : new int[] {sentence + d, sentence - d}) {
        if (s < 0 || s >= a.graphs.size() || a.doc.sentences().get(s).paragraph() != paragraph) continue;
        Optional<Actor> other = sentenceSpeaker(a, s, null);
        if (other.isPresent()) return other;
      }
    }
    return Optional.empty();
  }

  /** A speech verb outside the quote with a resolvable subject. */
  private Optional<Actor> sentenceSpeaker(ArticleContext a, int sentence, @Nullable Span quote) {
    SentenceGraph g = a.graphs.get(sentence);
    for (int i = 0; i < g.size(); i++) {
      if (!g.token(i).isVerb() || !SPEECH.contains(g.lemma(i))) continue;
      if (quote != null && quote.start() <= g.token(i).begin() && g.token(i).end() <= quote.end()) continue;
      if (quote == null && a.quotes.at(g.token(i).begin()).isPresent()) continue;
      Optional<Actor> s = speakerOf(a, sentence, i);
      if (s.isPresent()) return s;
    }
    return accordingTo(a, sentence);
  }

  private Optional<Actor> resolve(ArticleContext a, int sentence, int head) {
    return resolve(a, sentence, head, null);
  }

  private Optional<Actor> resolve(ArticleContext a, int sentence, int head, @Nullable String fallbackCountry) {
    SentenceGraph g = a.graphs.get(sentence);
    var ctx = new ActorResolver.Context(sentence, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, fallbackCountry);
    return resolver.resolve(g, head, ctx).map(ActorResolver.Resolved::actor);
  }
}
