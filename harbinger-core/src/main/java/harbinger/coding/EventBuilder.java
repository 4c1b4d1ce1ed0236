package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Modality;
import harbinger.model.Quantity;
import harbinger.model.Span;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import harbinger.ontology.StanceCodes;
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
 * other than its source ("the rebels said government forces bombed ...") is {@code claimed}, and so is a material act
 * a party reports of itself ("the army said it destroyed ..."); so is one hedged
 * with "reportedly" or "according to"; an asserted event whose own stated date lies more than 180 days before
 * publication is {@code historical}. Confidence starts at 0.35 and rises with each resolved actor, a specific
 * lexicon pattern and an explicit date, and falls for claims; it is a ranking aid, not a probability.
 */
final class EventBuilder {
  private static final int MAX_PAIRS = 6;
  /** Visits: the place travelled to stands for its country ("arrived in Ankara", "flew to Beijing"). */
  private static final java.util.Set<String> VISITS = java.util.Set.of("042");

  private final CameoOntology ontology;
  private final ActorResolver resolver;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModalityFinder modalities = new ModalityFinder();
  private final DateFinder dates = new DateFinder();
  private final QuantityFinder quantities = new QuantityFinder();
  private final LocationFinder locations;
  private final PlaceParties places;
  private final AttackedPlaces attackedPlaces;
  private final UnknownAttackers attackers;
  private final Attribution attribution;
  private final Stances stances;
  private final SpeakerSide speakerSide;
  private final HeadActors heads;
  private final EventCountries countries;

  EventBuilder(CameoOntology ontology, ActorResolver resolver, StanceCodes stanceCodes) {
    this.ontology = ontology;
    this.resolver = resolver;
    this.locations = new LocationFinder(resolver.knowledge());
    this.places = new PlaceParties(resolver.knowledge());
    this.attackedPlaces = new AttackedPlaces(resolver.knowledge());
    this.attackers = new UnknownAttackers(resolver.knowledge());
    this.attribution = new Attribution(resolver);
    this.stances = new Stances(stanceCodes, ontology);
    this.speakerSide = new SpeakerSide(resolver);
    this.heads = new HeadActors(resolver);
    this.countries = new EventCountries(resolver.knowledge());
  }

  Attribution attribution() { return attribution; }

  /** Targets "across the country" in what a speaker says are the speaker's country's ({@link SpeakerSide#inTheCountry}). */
  private List<ActorResolver.Resolved> countryWideTargets(ArticleContext a, SentenceGraph g, int sentence, Arguments args,
                                                          Actor speaker, LocalDate asOf, List<ActorResolver.Resolved> doers) {
    if (speaker == null) return List.of();
    List<Integer> heads = args.targets().stream().filter(h -> SpeakerSide.inTheCountry(g, h)).toList();
    if (heads.isEmpty()) return List.of();
    List<ActorResolver.Resolved> out = new ArrayList<>(speakerSide.resolve(a, g, sentence, heads, speaker, asOf));
    out.removeIf(r -> doers.stream().anyMatch(x -> ActorPairs.sameParty(x.actor(), r.actor())));
    return out;
  }

  /** Drafts for one trigger; {@code extraTargets} come from the absorbed content of a verbal trigger. */
  List<Draft> build(ArticleContext a, int sentence, Trigger t, Arguments args) {
    SentenceGraph g = a.graphs.get(sentence);
    EventType type = ontology.expect(t.code());
    ModalityFinder.Reading reading = modalities.read(g, t.token());
    // "the planned talks were called off": the meeting did not take place
    if (CancelledEvents.cancelled(g, t.token())) reading = new ModalityFinder.Reading(Modality.NEGATED, reading.reportingVerb(), reading.hedged());
    EventDate date = dates.find(g, t.token(), a.published);
    LocalDate asOf = date.date() != null ? date.date() : a.published;
    Integer locationHead = locations.find(g, t.token());
    String location = locationHead == null ? null : LocationFinder.text(g, locationHead);
    String fallbackCountry = countries.fallbackCountry(a, g, sentence, locationHead, t.token());

    BitSet excluded = a.datelineTokens(sentence);
    Span trigger = new Span(g.token(t.token()).begin(), g.token(t.token()).end());
    Optional<Span> quote = a.quotes.at(trigger.start());
    Actor attributed = null;
    boolean reported = reading.reportingVerb() != null && !sameSubject(g, reading.reportingVerb(), args)
        && !attribution.mediaSpeaker(a, sentence, reading.reportingVerb());
    if (reading.reportingVerb() != null) attributed = attribution.speakerOf(a, sentence, reading.reportingVerb()).orElse(null);
    if (attributed == null && quote.isPresent()) attributed = attribution.quoteSpeaker(a, sentence, quote.get()).orElse(null);
    if (attributed == null && reading.reportingVerb() == null) attributed = attribution.parataxisSpeaker(a, sentence, t.token()).orElse(null);
    boolean according = false;
    if (attributed == null) {
      attributed = attribution.accordingTo(a, sentence).orElse(null);
      according = attributed != null;
    }
    boolean material = type.quadClass() == 4 && !type.root().equals("14");
    List<ActorResolver.Resolved> sources = heads.resolveAll(a, g, sentence, args.sources(), asOf, true, fallbackCountry, excluded);
    if (sources.isEmpty()) sources = heads.resolveAll(a, g, sentence, args.fallbackSources(), asOf, true, fallbackCountry, excluded);
    sources = CounterpartCountry.placeCoordinated(sources); // "Sudanese government negotiators and southern rebels"
    if (sources.isEmpty() && fallbackCountry == null && type.root().equals("17") && !args.sources().isEmpty()) {
      // "Navalny was detained by police": domestic coercion; the police are of the country of those they detain
      String home = heads.resolveAll(a, g, sentence, args.targets(), asOf, false, null, excluded).stream()
          .map(r -> r.actor().country()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      if (home != null) sources = heads.resolveAll(a, g, sentence, args.sources(), asOf, true, home, excluded);
    }
    if (sources.isEmpty() && reading.reportingVerb() != null) sources = speakerSide.resolve(a, g, sentence, args.sources(), attributed, asOf);
    if (sources.isEmpty() && reading.reportingVerb() != null) {
      // "Police said three men had been arrested": the authority reporting its own coercive act is its agent
      Actor authority = attributed != null ? attributed
          : attribution.speakerOf(a, sentence, reading.reportingVerb(), fallbackCountry != null ? fallbackCountry
              : countries.placeCountry(g, locationHead)).orElse(null);
      if (Attribution.isAuthorityAgent(g, t.token(), type, reading, authority)) {
        attributed = authority;
        sources = List.of(new ActorResolver.Resolved(authority, Discourse.Kind.GROUP, false, null));
      }
    }
    List<ActorResolver.Resolved> targets = countryWideTargets(a, g, sentence, args, attributed, asOf, sources);
    String targetCountry = fallbackCountry != null ? fallbackCountry : ArgumentRepairs.doerPlace(g, args.sources(), resolver.knowledge());
    // "attacked Kurdish forces in the northern city of Arbil": a party of no country of its own is of the place acted on
    if (targetCountry == null) targetCountry = countries.placeCountry(g, locationHead);
    if (targetCountry == null) targetCountry = CounterpartCountry.forTargets(sources);
    if (targets.isEmpty()) targets = heads.resolveAll(a, g, sentence, args.targets(), asOf, false, targetCountry, excluded, material);
    if (targets.isEmpty() || ActorPairs.onlyOwn(sources, targets)) { // "closed its border with Cambodia": the other party
      List<ActorResolver.Resolved> other = heads.resolveAll(a, g, sentence, args.fallbackTargets(), asOf, false, targetCountry, excluded, material);
      if (targets.isEmpty() || !other.isEmpty()) targets = other;
    }
    // "the two leaders agreed to ...": a shared commitment of several parties is mutual
    boolean mutual = t.entry().symmetric() || ActorPairs.MUTUAL_CODES.contains(type.code()) || type.root().equals("03");
    if (targets.isEmpty() && !(mutual && sources.size() >= 2)) {
      List<Integer> unresolved = new ArrayList<>(args.targets());
      unresolved.addAll(args.fallbackTargets());
      for (List<Integer> group : arguments.innerTargets(g, t.token(), unresolved, type.root().equals("09"))) {
        targets = heads.resolveAll(a, g, sentence, group, asOf, false, targetCountry, excluded, material);
        List<ActorResolver.Resolved> doers = sources;
        targets.removeIf(r -> doers.stream().anyMatch(x -> x.actor().code().equals(r.actor().code())));
        if (!targets.isEmpty()) break;
      }
    }
    if (targets.isEmpty() && SiteTargets.ROOTS.contains(type.root())) {
      List<Integer> unresolved = new ArrayList<>(args.targets());
      unresolved.addAll(args.fallbackTargets());
      for (int site : SiteTargets.of(g, t.token(), unresolved)) {
        targets = new ArrayList<>(heads.resolveAll(a, g, sentence, List.of(site), asOf, false, targetCountry, excluded, true));
        if (targets.isEmpty()) SiteTargets.placeParty(g, site, resolver.knowledge()).ifPresent(targets::add);
        List<ActorResolver.Resolved> doers = sources;
        targets.removeIf(r -> r.actor().country() == null || doers.stream().anyMatch(x -> ActorPairs.sameParty(x.actor(), r.actor())));
        if (!targets.isEmpty()) break;
      }
    }
    if (targets.isEmpty() && VISITS.contains(type.code())) { // "made a stopover in Lahore to see his Pakistani counterpart"
      targets = new ArrayList<>(heads.resolveAll(a, g, sentence, VisitPurposes.of(g, t.token()), asOf, false, targetCountry, excluded));
      List<ActorResolver.Resolved> doers = sources;
      targets.removeIf(r -> r.actor().country() == null && !CounterpartCountry.isInternational(r.actor())
          || doers.stream().anyMatch(x -> ActorPairs.sameParty(x.actor(), r.actor())));
    }
    if (targets.isEmpty() && VISITS.contains(type.code()) && locationHead != null) {
      targets = heads.resolveAll(a, g, sentence, List.of(locationHead), asOf, true, null, excluded);
      targets = new ArrayList<>(targets);
      targets.removeIf(r -> r.actor().country() == null);
    }
    if (targets.isEmpty()) targets = RebelTowns.town(g, args.targets(), type.root(), sources).map(List::of).orElse(targets); // "rebels seized the northern city of Korhogo"
    if (fallbackCountry == null) sources = CounterpartCountry.placeSources(sources, targets, countries.placeCountry(g, locationHead));
    targets = CounterpartCountry.placeOpposition(sources, targets);
    if (fallbackCountry == null) {
      String fight = countries.placeCountry(g, locationHead);
      if (fight == null) fight = AdvancePlaces.country(g, args.targets(), resolver.knowledge()); // "fighters advancing on the Malian town of Mopti"
      targets = CounterpartCountry.placeRebels(sources, targets, fight);
    }
    sources = ProtestHome.place(type, sources, targets, a.discourse, sentence);
    if (targets.isEmpty() && attributed != null) {
      List<Integer> owned = new ArrayList<>(args.targets());
      owned.addAll(args.fallbackTargets());
      targets = new ArrayList<>(speakerSide.resolve(a, g, sentence, owned, attributed, asOf));
      List<ActorResolver.Resolved> doers = sources;
      targets.removeIf(r -> doers.stream().anyMatch(x -> ActorPairs.sameParty(x.actor(), r.actor())));
    }
    boolean threat = type.root().equals("13");
    if (targets.isEmpty() && (material && reading.modality() == Modality.CONDITIONAL || threat)) {
      targets = heads.conditionedTargets(a, g, sentence, t.token(), threat, asOf, excluded, sources);
    }
    if (targets.isEmpty()) {
      targets = places.implied(g, t.token(), type, sources).map(List::of).orElse(List.of());
      if (targets.isEmpty()) targets = attackedPlaces.implied(g, t.token(), type, sources).map(List::of).orElse(targets); // "bombs in Lima's district"
      if (fallbackCountry == null) sources = CounterpartCountry.placeSources(sources, targets);
    }
    if (targets.isEmpty()) targets = ActorPairs.domesticTarget(type, sources);
    if (targets.isEmpty()) targets = AidRecipient.implied(type, sources, a.discourse, sentence, t.token()).map(List::of).orElse(targets);
    if (sources.isEmpty()) sources = attackers.implied(g, t.token(), type, sources, targets, locationHead).map(List::of).orElse(sources);
    if (type.root().equals("17") && !sources.isEmpty() && sources.get(0).actor().country() != null) {
      String home = sources.get(0).actor().country();
      List<ActorResolver.Resolved> domestic = new ArrayList<>();
      for (ActorResolver.Resolved r : targets) {
        Actor x = r.actor();
        domestic.add(x.country() != null || CounterpartCountry.isInternational(x) ? r : new ActorResolver.Resolved(new Actor(x.text(), home + x.code(), home,
            x.agents(), x.name(), x.span()), r.kind(), r.plural(), r.title()));
      }
      targets = domestic;
    }
    if (type.root().equals("15")) {
      List<ActorResolver.Resolved> movers = sources;
      targets = new ArrayList<>(targets);
      targets.removeIf(r -> r.actor().country() == null || ActorPairs.isOwnForce(r, movers)
          || movers.stream().anyMatch(m -> r.actor().country().equals(m.actor().country())));
    }
    if (targets.isEmpty() && type.root().equals("15")) {
      Integer border = Borders.country(g, t.token());
      if (border == null) border = Borders.around(g, t.token());
      if (border != null) targets = heads.resolveAll(a, g, sentence, List.of(border), asOf, false, null, excluded);
    }


    BitSet scope = clauseScope(g, t.token());
    for (int h : args.sources()) scope.or(g.subtree(h));
    for (int h : args.targets()) scope.or(g.subtree(h));
    List<Quantity> found = quantities.find(g, scope, t.token());

    List<Actor[]> pairs = ActorPairs.pairs(sources, targets, mutual);
    EventType stanceType = stances.code(g, t.token(), reading, type, args, attributed, pairs).orElse(null);
    if (stanceType != null) {
      if (reading.stance() == StanceCodes.Stance.DEMAND) pairs = Stances.demandPairs(attributed, pairs);
      type = stanceType;
      // the statement is dated, not the act it announces ("said on Monday it would visit next week")
      if (date.date() != null && a.published != null && date.date().isAfter(a.published)) {
        date = reading.reportingVerb() != null ? dates.find(g, reading.reportingVerb(), a.published)
            : new EventDate(a.published, harbinger.model.DatePrecision.DAY, false);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Actor[] pair : ActorPairs.withoutSelfPairs(pairs)) {
      {
        if (out.size() >= MAX_PAIRS) break;
        Actor source = pair[0];
        Actor target = pair[1];
        Modality m = stanceType != null ? (reading.hedged() ? Modality.CLAIMED : Modality.ASSERTED)
            : finalModality(reading, date, a.published, attributed, source, according || reported && attributed == null,
                type.quadClass() == 2 || type.quadClass() == 4);
        double confidence = confidence(t, source, target, date, m);
        out.add(new Draft(sentence, trigger, type, source, target, date.date(), date.precision(), m, attributed,
            quote.map(a.quotes::text).orElse(null), found, location, confidence));
      }
    }
    return out;
  }

  /** The trigger's subtree without embedded clauses, plus its governing noun for participles (for quantities). */
  private static BitSet clauseScope(SentenceGraph g, int trigger) {
    BitSet stop = new BitSet();
    for (int c : g.children(trigger)) {
      String r = g.relation(c);
      boolean result = r.startsWith("advcl") && g.token(c).pos().equals("VBG");
      if (r.equals("ccomp") || r.equals("parataxis") || (r.startsWith("advcl") && !result) || r.equals("conj") || r.equals("acl:relcl")) stop.set(c);
    }
    BitSet scope = g.subtree(trigger, stop);
    if (g.head(trigger) >= 0 && (g.relation(trigger).startsWith("acl") || !g.token(trigger).isVerb())) scope.set(g.head(trigger));
    return scope;
  }

  /** "Russia said it ...": the reporting subject is the event's own subject (or a pronoun for it). */
  private static boolean sameSubject(SentenceGraph g, int reportingVerb, Arguments args) {
    Integer speaker = g.subject(reportingVerb);
    if (speaker == null) return false;
    for (int s : args.sources()) if (s == speaker || g.token(s).isPronoun()) return true;
    return false;
  }

  /**
   * The modality after attribution and date. A material act reported by a named party is claimed even when the
   * party reports its own act ("the army said it destroyed ..."): a self-report is a claim too; a verbal act
   * reported by its own source ("Russia said it condemned ...") is the statement itself. A future or intended
   * reading with an explicit date more than 180 days before publication is historical, and so is any other reading
   * with such a date, claimed or not: the date, not the teller, decides.
   */
  static Modality finalModality(ModalityFinder.Reading reading, EventDate date, @Nullable LocalDate published,
                                @Nullable Actor attributed, @Nullable Actor source, boolean according, boolean material) {
    Modality m = reading.modality();
    // "will travel on the anniversary of the bombing in 1999": a noun's own date long past outweighs the future it
    // inherits from the clause around it
    if ((m == Modality.FUTURE || m == Modality.INTENDED) && date.explicit() && date.date() != null && published != null
        && date.date().isBefore(published.minusDays(180))) return Modality.HISTORICAL;
    if (m != Modality.ASSERTED) return m;
    if (date.explicit() && date.date() != null && published != null && date.date().isAfter(published.plusDays(1))) return Modality.FUTURE;
    // a date long past makes a history lesson historical whoever tells it ("crushed the uprising in 1956, the historian said")
    if (date.explicit() && date.date() != null && published != null && date.date().isBefore(published.minusDays(180))) return Modality.HISTORICAL;
    if (reading.hedged() || according) return Modality.CLAIMED;
    if (attributed != null && (material || (source != null && !ActorPairs.sameParty(attributed, source)))) return Modality.CLAIMED;
    return Modality.ASSERTED;
  }

  private static double confidence(Trigger t, @Nullable Actor source, @Nullable Actor target, EventDate date, Modality m) {
    if (source == null && target == null) return 0.15;
    double c = 0.35;
    if (source != null) c += 0.2;
    if (target != null) c += 0.15;
    if (!t.entry().conditions().isEmpty()) c += 0.1;
    if (date.explicit()) c += 0.05;
    if (m == Modality.CLAIMED) c -= 0.1;
    return Math.max(0.05, Math.min(0.95, c));
  }
}
