package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Modality;
import harbinger.model.Quantity;
import harbinger.model.Span;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one trigger with its arguments into drafts: resolves actors (one draft per source/target pair for
 * coordinated actors), modality, date, attribution, quote, location and quantities. Thread-safe.
 *
 * <p>Implementation notes on modality beyond {@link ModalityFinder}: an asserted event reported by a party
 * other than its source ("the rebels said government forces bombed ...") is {@code claimed}; so is one hedged
 * with "reportedly" or "according to"; an asserted event whose own stated date lies more than 180 days before
 * publication is {@code historical}. Confidence starts at 0.35 and rises with each resolved actor, a specific
 * lexicon pattern and an explicit date, and falls for claims; it is a ranking aid, not a probability.
 */
final class EventBuilder {
  private static final int MAX_PAIRS = 6;
  /** Roots whose events are mutual when several parties act together: consult, diplomatic and material cooperation. */
  private static final java.util.Set<String> MUTUAL_ROOTS = java.util.Set.of("04", "05", "06");

  private final CameoOntology ontology;
  private final ActorResolver resolver;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModalityFinder modalities = new ModalityFinder();
  private final DateFinder dates = new DateFinder();
  private final QuantityFinder quantities = new QuantityFinder();
  private final LocationFinder locations;
  private final Attribution attribution;

  EventBuilder(CameoOntology ontology, ActorResolver resolver) {
    this.ontology = ontology;
    this.resolver = resolver;
    this.locations = new LocationFinder(resolver.knowledge());
    this.attribution = new Attribution(resolver);
  }

  Attribution attribution() { return attribution; }

  /** Drafts for one trigger; {@code extraTargets} come from the absorbed content of a verbal trigger. */
  List<Draft> build(ArticleContext a, int sentence, Trigger t, Arguments args) {
    SentenceGraph g = a.graphs.get(sentence);
    EventType type = ontology.expect(t.code());
    ModalityFinder.Reading reading = modalities.read(g, t.token());
    EventDate date = dates.find(g, t.token(), a.published);
    LocalDate asOf = date.date() != null ? date.date() : a.published;
    Integer locationHead = locations.find(g, t.token());
    String location = locationHead == null ? null : LocationFinder.text(g, locationHead);
    String fallbackCountry = fallbackCountry(a, g, locationHead);

    BitSet excluded = a.datelineTokens(sentence);
    List<ActorResolver.Resolved> sources = resolveAll(a, g, sentence, args.sources(), asOf, true, fallbackCountry, excluded);
    if (sources.isEmpty()) sources = resolveAll(a, g, sentence, args.fallbackSources(), asOf, true, fallbackCountry, excluded);
    List<ActorResolver.Resolved> targets = resolveAll(a, g, sentence, args.targets(), asOf, false, fallbackCountry, excluded);
    if (targets.isEmpty()) targets = resolveAll(a, g, sentence, args.fallbackTargets(), asOf, false, fallbackCountry, excluded);
    if (type.root().equals("15")) {
      List<ActorResolver.Resolved> movers = sources;
      targets = new ArrayList<>(targets);
      targets.removeIf(r -> r.actor().country() == null || isOwnForce(r, movers));
    }
    if (targets.isEmpty() && type.root().equals("15")) {
      Integer border = Borders.country(g, t.token());
      if (border != null) targets = resolveAll(a, g, sentence, List.of(border), asOf, false, null, excluded);
    }

    Span trigger = new Span(g.token(t.token()).begin(), g.token(t.token()).end());
    Optional<Span> quote = a.quotes.at(trigger.start());
    Actor attributed = null;
    if (reading.reportingVerb() != null) attributed = attribution.speakerOf(a, sentence, reading.reportingVerb()).orElse(null);
    if (attributed == null && quote.isPresent()) attributed = attribution.quoteSpeaker(a, sentence, quote.get()).orElse(null);
    boolean according = false;
    if (attributed == null) {
      attributed = attribution.accordingTo(a, sentence).orElse(null);
      according = attributed != null;
    }

    BitSet scope = clauseScope(g, t.token());
    for (int h : args.sources()) scope.or(g.subtree(h));
    for (int h : args.targets()) scope.or(g.subtree(h));
    List<Quantity> found = quantities.find(g, scope, t.token());

    List<Actor[]> pairs = pairs(sources, targets, t.entry().symmetric() || MUTUAL_ROOTS.contains(type.root()));
    List<Draft> out = new ArrayList<>();
    for (Actor[] pair : pairs) {
      {
        if (out.size() >= MAX_PAIRS) break;
        Actor source = pair[0];
        Actor target = pair[1];
        if (source == null && target == null) continue;
        if (source != null && target != null && source.code().equals(target.code())) continue;
        Modality m = finalModality(reading, date, a.published, attributed, source, according);
        double confidence = confidence(t, source, target, date, m);
        out.add(new Draft(sentence, trigger, type, source, target, date.date(), date.precision(), m, attributed,
            quote.map(a.quotes::text).orElse(null), found, location, confidence));
      }
    }
    return out;
  }

  private List<ActorResolver.Resolved> resolveAll(ArticleContext a, SentenceGraph g, int sentence, List<Integer> heads,
                                                 @Nullable LocalDate asOf, boolean subject, @Nullable String fallback, BitSet excluded) {
    List<ActorResolver.Resolved> out = new ArrayList<>();
    var ctx = new ActorResolver.Context(sentence, asOf, a.discourse, subject, fallback);
    for (int h : heads) {
      if (excluded.get(h)) continue;
      resolver.resolve(g, h, ctx).ifPresent(out::add);
    }
    return out;
  }

  /** The trigger's subtree without embedded clauses, plus its governing noun for participles (for quantities). */
  private static BitSet clauseScope(SentenceGraph g, int trigger) {
    BitSet stop = new BitSet();
    for (int c : g.children(trigger)) {
      String r = g.relation(c);
      if (r.equals("ccomp") || r.equals("parataxis") || r.startsWith("advcl") || r.equals("conj") || r.equals("acl:relcl")) stop.set(c);
    }
    BitSet scope = g.subtree(trigger, stop);
    if (g.head(trigger) >= 0 && (g.relation(trigger).startsWith("acl") || !g.token(trigger).isVerb())) scope.set(g.head(trigger));
    return scope;
  }

  private @Nullable String fallbackCountry(ArticleContext a, SentenceGraph g, @Nullable Integer locationHead) {
    var k = resolver.knowledge();
    if (locationHead != null) {
      String w = LocationFinder.text(g, locationHead);
      var c = k.findCountry(w).or(() -> k.findCountryByCapital(w));
      if (c.isPresent()) return c.get().code();
    }
    Integer side = Borders.ownSide(g);
    if (side != null) {
      var c = k.findCountryByAdjective(g.word(side)).or(() -> k.findCountry(g.word(side)));
      if (c.isPresent()) return c.get().code();
    }
    return a.datelineCountry();
  }

  /** In a force posture event, troops of the source's own country are what is moved, not a target. */
  private static boolean isOwnForce(ActorResolver.Resolved target, List<ActorResolver.Resolved> sources) {
    if (!target.actor().agents().contains("MIL")) return false;
    return sources.isEmpty() || sources.stream().anyMatch(s -> java.util.Objects.equals(s.actor().country(), target.actor().country()));
  }

  static Modality finalModality(ModalityFinder.Reading reading, EventDate date, @Nullable LocalDate published,
                                @Nullable Actor attributed, @Nullable Actor source, boolean according) {
    Modality m = reading.modality();
    if (m != Modality.ASSERTED) return m;
    if (date.explicit() && date.date() != null && published != null && date.date().isAfter(published.plusDays(1))) return Modality.FUTURE;
    if (reading.hedged() || according) return Modality.CLAIMED;
    if (attributed != null && source != null && !sameParty(attributed, source)) return Modality.CLAIMED;
    if (date.explicit() && date.date() != null && published != null && date.date().isBefore(published.minusDays(180))) return Modality.HISTORICAL;
    return Modality.ASSERTED;
  }

  private static boolean sameParty(Actor a, Actor b) {
    if (a.country() != null && b.country() != null) return a.country().equals(b.country());
    return a.code().equals(b.code());
  }

  private static double confidence(Trigger t, @Nullable Actor source, @Nullable Actor target, EventDate date, Modality m) {
    double c = 0.35;
    if (source != null) c += 0.2;
    if (target != null) c += 0.15;
    if (!t.entry().conditions().isEmpty()) c += 0.1;
    if (date.explicit()) c += 0.05;
    if (m == Modality.CLAIMED) c -= 0.1;
    return Math.max(0.05, Math.min(0.95, c));
  }

  /**
   * Source/target pairs: the product of coordinated sources and targets; for a mutual event with coordinated
   * sources and no target ("Biden and Putin met", "the two sides signed"), each source with each later one.
   */
  private static List<Actor[]> pairs(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets, boolean mutual) {
    List<Actor[]> out = new ArrayList<>();
    if (mutual && targets.isEmpty() && sources.size() >= 2) {
      for (int i = 0; i < sources.size(); i++)
        for (int j = i + 1; j < sources.size(); j++) out.add(new Actor[] {sources.get(i).actor(), sources.get(j).actor()});
      return out;
    }
    if (sources.isEmpty() && targets.isEmpty()) return out;
    for (int i = 0; i < Math.max(1, sources.size()); i++) {
      for (int j = 0; j < Math.max(1, targets.size()); j++) {
        out.add(new Actor[] {i < sources.size() ? sources.get(i).actor() : null, j < targets.size() ? targets.get(j).actor() : null});
      }
    }
    return out;
  }
}
