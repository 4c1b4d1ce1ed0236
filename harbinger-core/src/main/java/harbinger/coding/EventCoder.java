package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.lexicon.Lexicon;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Event;
import harbinger.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the events of one annotated article. Pure and thread-safe: all state lives in a per-call
 * {@link ArticleContext}. Events come out sorted by sentence and trigger offset, with ids
 * {@code <articleId>-<n>} numbered from 1.
 *
 * <p>Implementation notes. (1) A first pass records every named mention and pronoun in a {@link Discourse}
 * so that later "he", "the minister" and "his counterpart" resolve. (2) Each sentence outside boilerplate is
 * searched for lexicon triggers. (3) The content of a verbal event (CAMEO quad classes 1 and 3: appeals,
 * intents, demands, accusations, threats) is part of that event, not a second event: in "X urged Y to
 * withdraw troops" or "X condemned the attack", the withdrawal and the attack are not coded, and the
 * content's actor becomes the target when the verbal event has none. (4) {@link Salience} then drops what the
 * sentence only mentions: deeper content of verbal events, events in temporal and response adjuncts ("after a
 * coup toppled the government", "in protest of the arrest") and in clauses describing a participant ("a guard
 * involved in a shooting"). (5) Conditional threats are added. (6) Repeats within a sentence (same code and actors) are dropped, keeping the first.
 */
public final class EventCoder {
  private static final Set<String> CASUALTY_VERBS = Set.of("kill", "wound", "injure", "die", "hurt", "murder");
  private static final Set<String> CONTENT_RELATIONS = Set.of("xcomp", "ccomp", "obj", "csubj", "nsubj:pass", "acl", "acl:relcl");
  private static final Set<String> CONTENT_PREPS = Set.of("of", "for", "on", "about", "against", "over", "to", "from");

  private final CameoOntology ontology;
  private final TriggerFinder triggers;
  private final ActorResolver resolver;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final EventBuilder builder;
  private final ConditionalThreats threats;
  private final Obligations obligations;
  private final JointExercises jointExercises;
  private final ThirdPlaces thirdPlaces;
  private final ArmedGroupThreats armedGroupThreats;
  private final harbinger.ontology.StanceCodes stanceCodes;

  private EventCoder(CameoOntology ontology, Lexicon lexicon, ActorKnowledge knowledge) {
    this.ontology = ontology;
    this.triggers = new TriggerFinder(lexicon);
    this.resolver = new ActorResolver(knowledge);
    this.stanceCodes = harbinger.ontology.StanceCodes.loadDefault(ontology);
    this.builder = new EventBuilder(ontology, resolver, stanceCodes);
    this.threats = new ConditionalThreats(ontology, resolver, builder.attribution());
    this.obligations = new Obligations(ontology, resolver, builder.attribution());
    this.jointExercises = new JointExercises(ontology);
    this.thirdPlaces = new ThirdPlaces(ontology, knowledge);
    this.armedGroupThreats = new ArmedGroupThreats(ontology);
  }

  public static EventCoder create(CameoOntology ontology, Lexicon lexicon, ActorKnowledge knowledge) {
    return new EventCoder(ontology, lexicon, knowledge);
  }

  /** A coder over the bundled ontology, lexicon and actor knowledge (loaded once per JVM). */
  public static EventCoder createDefault() {
    CameoOntology ontology = harbinger.ontology.CameoOntologies.loadDefault();
    return new EventCoder(ontology, harbinger.lexicon.LexiconFiles.loadDefault(ontology),
        harbinger.actors.ActorKnowledgeFiles.loadDefault());
  }

  /** The events of one article, sorted by sentence and trigger offset. */
  public List<Event> code(AnnotatedDoc doc) {
    ArticleContext a = new ArticleContext(doc);
    new MentionScanner(resolver).scan(a);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    Map<Integer, List<Trigger>> triggersBySentence = new HashMap<>();
    for (int s = 0; s < a.graphs.size(); s++) {
      if (a.inBoilerplate(s)) continue;
      SentenceGraph g = a.graphs.get(s);
      if (!g.parsed()) continue;
      for (Draft d : codeSentence(a, s, g, triggersBySentence)) drafts.putIfAbsent(d.key(), d);
    }
    List<Draft> sorted = new ArrayList<>(drafts.values());
    sorted.sort(Comparator.comparingInt(Draft::sentence).thenComparingInt(d -> d.trigger().start())
        .thenComparing(d -> d.type().code()));
    sorted = EventAnaphora.resolve(a, sorted, (s, token) -> nounRoot(triggersBySentence.getOrDefault(s, List.of()), token));
    List<Event> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) out.add(sorted.get(i).toEvent(a, doc.article().id() + "-" + (i + 1)));
    return out;
  }

  /** The CAMEO root of the event noun at a token among a sentence's triggers, or null when none starts there. */
  private @org.jspecify.annotations.Nullable String nounRoot(List<Trigger> found, int token) {
    for (Trigger t : found) if (t.token() == token && t.noun()) return ontology.expect(t.code()).root();
    return null;
  }

  /** @param triggersBySentence receives the sentence's triggers, for reactions in later sentences */
  private List<Draft> codeSentence(ArticleContext a, int s, SentenceGraph g, Map<Integer, List<Trigger>> triggersBySentence) {
    BitSet dateline = a.datelineTokens(s);
    List<Trigger> raw = new ArrayList<>();
    for (Trigger t : AllegedActs.without(g, triggers.find(g))) if (!dateline.get(t.token())) raw.add(t);
    // "marched on parliament, demanding the president's resignation": one protest, coded by its demand (1411)
    List<Trigger> found = ProtestGrievances.apply(g, ProtestAims.apply(g, SiegeCrowds.apply(g, raw)));
    triggersBySentence.put(s, List.copyOf(found));
    Map<Trigger, Arguments> args = new HashMap<>();
    boolean headline = a.isHeadline(s);
    for (Trigger t : found) args.put(t, arguments.find(g, t, headline));
    // "X survived an attack on his motorcade": the survivor is the target of the attempt, not its doer
    for (Trigger t : found) {
      Integer survivor = t.code().equals(Survivals.ATTEMPT) ? Survivals.survivor(g, t.token()) : null;
      if (survivor != null) args.put(t, Survivals.retarget(args.get(t), survivor));
    }
    mergeCasualtiesIntoAttack(g, found, args);
    List<Trigger> kept = new ArrayList<>();
    Map<Trigger, Trigger> refined = new HashMap<>();
    Set<Trigger> conditional = new java.util.HashSet<>();
    Set<Trigger> spoken = new java.util.HashSet<>();
    for (Trigger b : found) {
      if (isResultOfViolence(g, b, found) || isMeansOfForce(g, b, found) || ParticipleRoots.describes(g, b, found)) continue;
      Trigger owner = contentOwner(g, b, found);
      if (owner == null) { kept.add(b); continue; }
      // "telephoned X to offer his sympathy": the call does not own the statement made in it ({@link CallPurposes})
      if (CallPurposes.spoken(ontology, owner, b)) {
        kept.add(b);
        spoken.add(b);
        args.put(b, CallPurposes.arguments(g, args.get(owner), args.get(b)));
        continue;
      }
      // "threatened to strike 52 sites if Tehran retaliated": the threat, and the strike as a conditional event
      if (ontology.expect(owner.code()).root().equals("13") && ConditionalThreats.conditionClause(g, b.token()) != null) {
        kept.add(b);
        conditional.add(b);
      }
      refined.putIfAbsent(owner, refine(owner, b));
      Arguments oa = args.get(owner);
      if (oa.targets().isEmpty()) {
        Arguments ba = args.get(b);
        List<Integer> content = !ba.sources().isEmpty() ? ba.sources() : ba.targets();
        List<Integer> targets = new ArrayList<>(content);
        targets.removeAll(oa.sources());
        // "Norway is willing to send material to Saudi Arabia": the content's doer is the owner's own subject,
        // so its target is the target, unless the doer's own ("agreed to reopen their embassies")
        if (targets.isEmpty() && content == ba.sources()) {
          for (int k : ba.targets()) if (!ownedByDoer(g, k)) targets.add(k);
          targets.removeAll(oa.sources());
        }
        if (!targets.isEmpty()) args.put(owner, oa.withTargets(targets));
      }
    }
    kept = Salience.withoutContent(g, kept, this::verbal, t -> conditional.contains(t) || spoken.contains(t));
    // "sent personnel to Bosnia to investigate": the investigation is reported, aimed where the people were sent
    for (var d : Salience.dispatches(g, kept, this::verbal).entrySet()) {
      Arguments pa = args.get(d.getKey());
      List<Integer> place = args.get(d.getValue()).targets();
      if (pa.targets().isEmpty() && !place.isEmpty()) args.put(d.getKey(), pa.withTargets(place));
    }
    kept = Salience.foreground(g, kept, this::verbal);
    for (Trigger t : spoken) if (!kept.contains(t)) kept.add(t);
    List<Draft> out = new ArrayList<>();
    for (Trigger t : kept) {
      // "the Ottoman army laid siege to Vienna in 1683": a history lesson, no event of the news
      if (HistoryLessons.told(g, t.token(), a.published)) continue;
      // "stocks rose ahead of the central bank's meeting": a meeting still to come is the time of the news, not news
      if (AwaitedMeetings.awaited(g, t, ontology.expect(t.code()).root())) continue;
      List<Draft> built = new ArrayList<>(builder.build(a, s, refined.getOrDefault(t, t), args.get(t)));
      // a bare event is kept only as the sentence's main predicate ("President X threatened to impose a curfew")
      if (!MainPredicate.is(g, t.token()) || MainPredicate.namedStranger(g, t.token()) || PrivatePersons.doer(g, t.token())) {
        built.removeIf(EventCoder::bare);
      }
      // "No one was injured": a bare event that did not happen says nothing at all
      built.removeIf(d -> bare(d) && d.modality() == harbinger.model.Modality.NEGATED);
      built.removeIf(d -> UnnamedDoers.privateAct(g, t, d)); // "pilgrims arrived in Mecca", "rescuers freed a man"
      // diplomatic recognition (054) is granted by a state to a state or government: one naming neither party is an
      // honour ("the chef's restaurant won recognition from the Michelin guide"; session 21)
      built.removeIf(d -> d.type().code().equals("054") && d.source() == null && d.target() == null);
      // an event noun naming no party in a "during" or "amid" phrase ("rioting during a G8 summit in Genoa") is the
      // occasion of something else, even when its place is named
      if (t.noun() && OCCASIONS.contains(String.valueOf(g.caseMarker(t.token())))) built.removeIf(d -> d.source() == null && d.target() == null);
      if (sessionOfOneBody(g, t.token())) built.removeIf(d -> d.type().root().equals("04") && d.target() == null);
      out.addAll(thirdPlaces.apply(g, t, jointExercises.apply(g, t, built)));
    }
    // a threat only mentioned in a condition ("if its integrity were threatened") is not the sentence's threat
    boolean hasThreat = out.stream().anyMatch(d -> d.type().root().equals("13") && d.modality() != harbinger.model.Modality.CONDITIONAL);
    if (!hasThreat) out.addAll(threats.find(a, s));
    out.addAll(ConditionalRepeats.find(g, out));
    out.addAll(ThreatenedActs.find(g, out, stanceCodes, ontology));
    out = MonitorReports.apply(g, armedGroupThreats.apply(out), ontology); // "Amnesty said troops had massacred": 1122
    BitSet triggerTokens = new BitSet();
    for (Trigger t : found) triggerTokens.set(t.token());
    out.addAll(obligations.find(a, s, triggerTokens));
    // an event with no actor at all is kept only when nothing else in the sentence names parties
    if (out.stream().anyMatch(d -> d.source() != null || d.target() != null)) {
      out.removeIf(d -> d.source() == null && d.target() == null);
    }
    return out;
  }

  /** A draft that names no party, place or quantity: it says nothing checkable about who did what where. */
  private static boolean bare(Draft d) {
    return d.source() == null && d.target() == null && d.location() == null && d.quantities().isEmpty();
  }

  /** Verbs of a meeting that, with one body for subject and nobody met, are that body's own session. */
  private static final Set<String> SESSIONS = Set.of("meet", "convene");

  /**
   * "The cabinet met Sunday and decided ...", "Parliament convened": one body meeting on its own is its session,
   * not a consultation between parties (CAMEO 04 needs someone consulted). A plural or conjoined subject ("the
   * leaders met", "X and Y met"), an object or a "with" partner makes it a meeting of parties.
   */
  private static boolean sessionOfOneBody(SentenceGraph g, int v) {
    if (!g.token(v).isVerb() || !SESSIONS.contains(g.lemma(v))) return false;
    Integer subject = g.child(v, "nsubj");
    if (subject == null || !(g.token(subject).pos().equals("NN") || g.token(subject).pos().equals("NNP"))) return false;
    if (g.child(subject, "conj") != null || g.child(v, "obj") != null) return false;
    for (int c : g.children(v)) if (g.baseRelation(c).equals("obl") && "with".equals(g.caseMarker(c))) return false;
    return true;
  }

  /** Prepositions naming the occasion of another act. */
  private static final Set<String> OCCASIONS = Set.of("during", "amid", "amidst");

  /** "their embassies", "its troops": a phrase owned by a possessive pronoun names the doer's own things. */
  private static boolean ownedByDoer(SentenceGraph g, int k) {
    for (int c : g.children(k)) if (g.relation(c).equals("nmod:poss") && g.token(c).pos().equals("PRP$")) return true;
    return false;
  }

  /**
   * "Thirty soldiers were killed in an air strike by X": the killing and the strike are one event; the strike
   * (the more specific trigger) is kept and takes the killed as its target; the kill trigger is removed.
   */
  private void mergeCasualtiesIntoAttack(SentenceGraph g, List<Trigger> found, Map<Trigger, Arguments> args) {
    List<Trigger> drop = new ArrayList<>();
    for (Trigger kill : found) {
      if (kill.noun() || !CASUALTY_VERBS.contains(g.lemma(kill.token()))) continue;
      for (Trigger attack : found) {
        if (attack == kill || !attack.noun() || g.head(attack.token()) != kill.token()) continue;
        if (ontology.expect(attack.code()).quadClass() != 4) continue;
        // "murdered 160 villagers in a night raid", "was killed in a gun and bomb attack" (of a titled leader): the
        // killing's own code (mass killing by its figure, assassination) says more than the attack noun, which is
        // dropped instead ("clashes killed scores of civilians" stays the clashes')
        if (kill.code().equals("186") || MassKillings.mass(g, kill.token())) { drop.add(attack); continue; }
        Arguments aa = args.get(attack);
        Arguments ka = args.get(kill);
        List<Integer> sources = aa.sources().isEmpty() ? ka.sources() : aa.sources();
        List<Integer> targets = aa.targets().isEmpty() ? ka.targets() : aa.targets();
        // "killed 46 civilians in an attack on a village": the killed are the target when the place is not a party
        List<Integer> fallbackTargets = aa.targets().isEmpty() || ka.targets().isEmpty() ? aa.fallbackTargets() : ka.targets();
        args.put(attack, new Arguments(sources, targets, false, aa.fallbackSources(), fallbackTargets));
        drop.add(kill);
      }
    }
    found.removeAll(drop);
  }

  /**
   * "... bombed a camp, killing at least 29 people": the killing is the outcome of the bombing, one event
   * (CAMEO codes the attack), whose casualties are found in its clause.
   */
  /**
   * "Enemy drones attacked our positions", "Kyiv was hit by a wave of Russian drones": a weapon noun that is the
   * doer of an act of force is that act's means, not an event of its own (the act keeps its own code and parties).
   */
  private boolean isMeansOfForce(SentenceGraph g, Trigger b, List<Trigger> all) {
    if (!b.noun() || ontology.expect(b.code()).quadClass() != 4) return false;
    int k = b.token();
    String rel = g.relation(k);
    // "a wave of drones": climb through a quantity or collective head
    if (g.head(k) >= 0 && g.baseRelation(k).equals("nmod") && "of".equals(g.caseMarker(k))) {
      k = g.head(k);
      rel = g.relation(k);
    }
    if (!(rel.equals("nsubj") || rel.equals("obl:agent") || (g.baseRelation(k).equals("obl") && "by".equals(g.caseMarker(k))))) return false;
    int head = g.head(k);
    // "a site hit by an airstrike": a participle describing a noun may be dropped as background; the noun stays
    if (head < 0 || g.relation(head).startsWith("acl") || g.relation(head).equals("amod")) return false;
    for (Trigger a : all) {
      if (a != b && a.token() == head && !a.noun() && ontology.expect(a.code()).quadClass() == 4) return true;
    }
    return false;
  }

  private boolean isResultOfViolence(SentenceGraph g, Trigger b, List<Trigger> all) {
    if (!g.token(b.token()).pos().equals("VBG") || !g.relation(b.token()).startsWith("advcl")) return false;
    int head = g.head(b.token());
    for (Trigger a : all) {
      if (a.token() == head && ontology.expect(a.code()).quadClass() == 4) return true;
    }
    return false;
  }

  /**
   * An appeal, demand, intent, rejection or threat with a general code takes the specific code of the act it is
   * about ("urged Iran to release the crew": 020 becomes 0253; "threatened to impose a curfew": 130 becomes 1323),
   * by the stance-codes table; a code the lexicon already made specific is kept unless the act's code refines it.
   */
  private Trigger refine(Trigger owner, Trigger content) {
    var ownerType = ontology.expect(owner.code());
    harbinger.ontology.StanceCodes.Stance stance = switch (ownerType.root()) {
      case "02" -> harbinger.ontology.StanceCodes.Stance.APPEAL;
      case "10" -> harbinger.ontology.StanceCodes.Stance.DEMAND;
      case "03", "13" -> harbinger.ontology.StanceCodes.Stance.INTENT;
      case "12" -> harbinger.ontology.StanceCodes.Stance.REFUSAL;
      default -> null;
    };
    if (stance == null) return owner;
    var specific = stanceCodes.code(ontology.expect(content.code()), stance).orElse(null);
    if (specific == null || !specific.root().equals(ownerType.root())) return owner;
    String own = owner.code();
    String sc = specific.code();
    boolean general = own.length() == 3 && own.endsWith("0");
    // a general code yields to any specific one of its root, also of the same length ("agreed to pay": 030 -> 033);
    // a specific code only to a longer code under it (036 -> 0361, never 036 -> 033)
    boolean upgrade = general ? !sc.equals(own) && !(sc.length() == 3 && sc.endsWith("0")) && sc.length() >= own.length()
        : sc.length() > own.length() && sc.startsWith(own);
    if (!upgrade) return owner;
    var e = owner.entry();
    return new Trigger(owner.token(), new harbinger.lexicon.LexiconEntry(specific.code(), e.lemma(), e.noun(), e.particle(),
        e.conditions(), e.symmetric(), e.origin()));
  }

  /** The verbal trigger whose content {@code b} is, or null. */
  private Trigger contentOwner(SentenceGraph g, Trigger b, List<Trigger> all) {
    Trigger best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (Trigger a : all) {
      if (a == b || !verbal(a) || FactFindingTrips.investigates(g, a, b)) continue;
      int depth = contentDepth(g, a.token(), b.token());
      if (depth > 0 && depth < bestDepth) { best = a; bestDepth = depth; }
    }
    return best;
  }

  /** Steps from {@code a} down to {@code b} through content relations (at most 3), or -1. */
  private static int contentDepth(SentenceGraph g, int a, int b) {
    int depth = 0;
    int k = b;
    while (k != a) {
      int h = g.head(k);
      if (h < 0 || ++depth > 3) return -1;
      String rel = g.relation(k);
      // a relative clause with its own subject states something about its noun ("the tanker, which its Guards seized")
      if (ModalityFinder.isStatedRelative(g, k)) return -1;
      // a gerund the parser took for a nominal subject is a clausal one: "removing the sanctions is out of the question"
      boolean content = CONTENT_RELATIONS.contains(rel) || (rel.equals("nsubj") && g.token(k).pos().equals("VBG"))
          || (rel.startsWith("advcl") && (g.hasMarker(k, "to") || g.hasMarker(k, "of")))
          || ((g.baseRelation(k).equals("obl") || g.baseRelation(k).equals("nmod")) && CONTENT_PREPS.contains(String.valueOf(g.caseMarker(k))))
          || rel.equals("compound");
      if (!content) return -1;
      k = h;
    }
    return depth;
  }

  private boolean verbal(Trigger t) {
    int q = ontology.expect(t.code()).quadClass();
    return q == 1 || q == 3;
  }
}
