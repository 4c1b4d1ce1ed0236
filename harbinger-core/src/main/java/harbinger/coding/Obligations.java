package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Modality;
import harbinger.model.Span;
import harbinger.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demands stated as obligations: "The administration declared that China must drop its barriers", "X said the
 * two sides should return to talks". CAMEO codes what a party says another must do as that party's demand (10).
 * Acts the lexicon knows are coded by {@link Stances} with their specific demand code (1056 for "must withdraw");
 * this finds the rest and codes them 100. The speaker (the reporting verb's subject) is the source and the obliged
 * party (the clause's subject) the target; both must be actors and differ (in "Russia said it must defend itself"
 * nobody is asked anything). Thread-safe.
 */
final class Obligations {
  private static final Set<String> MODALS = Set.of("must", "should", "ought");
  private static final Set<String> SPEECH = Set.of("say", "declare", "reiterate", "insist", "state", "stress",
      "tell", "warn", "write", "announce", "add", "argue", "repeat", "emphasize", "emphasise", "demand");

  private final CameoOntology ontology;
  private final ActorResolver resolver;
  private final Attribution attribution;

  Obligations(CameoOntology ontology, ActorResolver resolver, Attribution attribution) {
    this.ontology = ontology;
    this.resolver = resolver;
    this.attribution = attribution;
  }

  /** Demands in one sentence whose obliged verb is none of {@code triggerTokens}. */
  List<Draft> find(ArticleContext a, int sentence, BitSet triggerTokens) {
    SentenceGraph g = a.graphs.get(sentence);
    List<Draft> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (triggerTokens.get(v) || !g.token(v).isVerb() || !obliged(g, v)) continue;
      int speech = g.head(v);
      if (speech < 0 || !g.relation(v).equals("ccomp") || !SPEECH.contains(g.lemma(speech))) continue;
      Integer subject = g.child(v, "nsubj");
      if (subject == null) subject = g.child(v, "nsubj:pass");
      if (subject == null || g.token(subject).isPronoun()) continue;
      Optional<Actor> speaker = attribution.speakerOf(a, sentence, speech);
      var ctx = new ActorResolver.Context(sentence, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
      Optional<Actor> obliged = resolver.resolve(g, subject, ctx).map(ActorResolver.Resolved::actor);
      if (speaker.isEmpty() || obliged.isEmpty() || Stances.related(speaker.get(), obliged.get())) continue;
      Span trigger = new Span(g.token(v).begin(), g.token(v).end());
      var date = new DateFinder().find(g, speech, a.published);
      Optional<Span> quote = a.quotes.at(trigger.start());
      out.add(new Draft(sentence, trigger, ontology.expect("100"), speaker.get(), obliged.get(), date.date(), date.precision(),
          Modality.ASSERTED, speaker.get(), quote.map(a.quotes::text).orElse(null), List.of(), null, 0.6));
    }
    return out;
  }

  private static boolean obliged(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (g.baseRelation(c).equals("aux") && MODALS.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))) {
        for (int n : g.children(v)) if (g.baseRelation(n).equals("advmod") && g.lemma(n).matches("not|never|n't")) return false;
        return true;
      }
    }
    return false;
  }
}
