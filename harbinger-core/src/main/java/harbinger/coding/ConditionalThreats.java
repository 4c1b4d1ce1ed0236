package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Modality;
import harbinger.model.Span;
import harbinger.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Conditional threats: "X will respond decisively if Y invades", "there will be significant consequences if Y
 * invades". CAMEO codes a conditional promise of harm as a threat (root 13) by the party making it against the
 * party the condition names; the consequence itself is not a fact. Code 138 (threaten military force) when the
 * consequence is military, 1312 (threaten sanctions) when it is a sanction or embargo, 1313 when it is a cut in
 * relations ("would recall its ambassador if ..."), else 130.
 * The source is the main clause's subject, or the speaker when that subject is not an actor ("there will be").
 */
final class ConditionalThreats {
  private static final Set<String> MARKS = Set.of("if", "unless", "should");
  private static final Set<String> CONSEQUENCE = Set.of("respond", "retaliate", "consequence", "price", "punish",
      "sanction", "strike", "hit", "force", "cost", "pay", "act", "action", "measure", "response", "retaliation",
      "attack", "suffer", "face", "repercussion", "punishment", "crush", "destroy", "regret", "war", "means",
      "shell", "storm");
  private static final Set<String> MILITARY = Set.of("force", "military", "strike", "attack", "war", "troops",
      "bomb", "missile", "crush", "destroy", "invade", "shell", "storm");
  /** "would recall its ambassador if", "would sever ties unless": a conditional cut in relations is 1313. */
  private static final Set<String> CUTS = Set.of("recall", "sever", "downgrade", "break", "cut", "expel", "withdraw");
  private static final Set<String> TIES = Set.of("ambassador", "envoy", "diplomat", "diplomats", "embassy",
      "relation", "relations", "tie", "ties");
  private static final Set<String> SANCTION = Set.of("sanction", "embargo", "boycott", "tariff");
  private static final Set<String> EASING = Set.of("lift", "ease", "remove", "end", "reward", "help", "aid");
  private static final Set<String> EXPERIENCER = Set.of("face", "suffer", "pay", "regret", "bear");
  private static final Set<String> PARTIES = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl");
  /** The clauses a threat verb states or proposes. */
  private static final Set<String> CONTENT = Set.of("ccomp", "xcomp", "dep", "parataxis");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");

  private final CameoOntology ontology;
  private final ActorResolver resolver;
  private final Attribution attribution;

  ConditionalThreats(CameoOntology ontology, ActorResolver resolver, Attribution attribution) {
    this.ontology = ontology;
    this.resolver = resolver;
    this.attribution = attribution;
  }

  List<Draft> find(ArticleContext a, int sentence) {
    SentenceGraph g = a.graphs.get(sentence);
    List<Draft> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      Integer condition = conditionClause(g, v);
      if (condition == null || !promisesHarm(g, v)) continue;
      var ctx = new ActorResolver.Context(sentence, a.published, a.discourse, ActorResolver.CapitalAs.GOVERNMENT, null);
      Integer subj = g.child(condition, "nsubj");
      if (subj == null) subj = g.child(condition, "nsubj:pass");
      if (subj == null) continue;
      // "if its territorial integrity were threatened": a condition that names no party still makes a threat
      Optional<Actor> target = resolver.resolve(g, subj, ctx).map(ActorResolver.Resolved::actor);
      boolean unnamed = target.isEmpty() && !namesParty(g, condition, ctx);
      Actor speaker = speaker(a, sentence, g, v);
      List<Actor> sources = new ArrayList<>();
      Integer mainSubj = g.child(v, "nsubj");
      if (EXPERIENCER.contains(g.lemma(v)) && mainSubj != null) {
        // "China will face consequences if it ...": the subject suffers the threat; the speaker makes it
        target = resolver.resolve(g, mainSubj, ctx).map(ActorResolver.Resolved::actor);
      } else if (mainSubj != null && !g.lemma(mainSubj).equals("there")) {
        for (int h : new ArgumentFinder().expand(g, mainSubj)) resolver.resolve(g, h, ctx).ifPresent(r -> sources.add(r.actor()));
      }
      Optional<Actor> addressee = addressee(g, v, ctx);
      // "She warned him that Russia would face severe costs": the person warned, of the side the threat falls on
      if (addressee.isPresent() && (target.isEmpty() || Stances.related(addressee.get(), target.get()))) target = addressee;
      if (sources.isEmpty() && speaker != null) sources.add(speaker);
      // "Putin said Russia would ...": the speaker who makes the threat for his own side is its source
      if (speaker != null) sources.replaceAll(x -> Stances.related(speaker, x) && speaker.code().length() > x.code().length() ? speaker : x);
      if (sources.isEmpty() || (target.isEmpty() && !unnamed)) continue;
      String code = code(g, v);
      Span trigger = new Span(g.token(v).begin(), g.token(v).end());
      Optional<Span> quote = a.quotes.at(trigger.start());
      var date = new DateFinder().find(g, v, a.published);
      for (Actor s : sources) {
        if (target.isPresent() && s.code().equals(target.get().code())) continue;
        out.add(new Draft(sentence, trigger, ontology.expect(code), s, target.orElse(null), date.date(), date.precision(),
            Modality.ASSERTED, speaker, quote.map(a.quotes::text).orElse(null), List.of(), null, 0.7));
      }
    }
    return out;
  }

  /** The person or party told the threat: the object of the speech verb whose complement it is ("warned him that ..."). */
  private Optional<Actor> addressee(SentenceGraph g, int v, ActorResolver.Context ctx) {
    if (!g.relation(v).equals("ccomp") || g.head(v) < 0 || !Attribution.isSpeechVerb(g, g.head(v))) return Optional.empty();
    Integer told = g.child(g.head(v), "obj");
    if (told == null) told = g.child(g.head(v), "iobj");
    if (told == null) return Optional.empty();
    return resolver.resolve(g, told, ctx).map(ActorResolver.Resolved::actor);
  }

  /** Does any token of the condition clause resolve to an actor ("if Iran's proxies attack")? */
  private boolean namesParty(SentenceGraph g, int condition, ActorResolver.Context ctx) {
    for (int k : g.children(condition, PARTIES)) {
      if (g.token(k).isPronoun() || resolver.resolve(g, k, ctx).isPresent()) return true;
    }
    return false;
  }

  /**
   * The party a conditional act would fall on: the subject of the condition on the act's clause ("would use force
   * if Niger's coup leaders did not reinstate ..."), or null. The act's clause is its own verb and the verbs it is
   * the object or complement of.
   */
  static @Nullable Integer conditionedParty(SentenceGraph g, int trigger) {
    int k = trigger;
    for (int steps = 0; k >= 0 && steps < 3; steps++) {
      if (g.token(k).isVerb()) {
        if (conditionClause(g, k) != null) return conditionedSubject(g, k);
      }
      String r = g.relation(k);
      if (!(r.equals("obj") || r.equals("xcomp") || r.equals("compound"))) return null;
      k = g.head(k);
    }
    return null;
  }

  /**
   * The party a threat's conditional content names: the subject of the condition on a clause the threat verb
   * states or proposes ("warned that Washington would respond if Russia attacked Ukraine", "threatened to impose
   * sanctions unless Minsk freed the journalist"), or null. Only the threat's own content clauses, two deep.
   */
  static @Nullable Integer threatenedParty(SentenceGraph g, int threat) {
    for (int c : g.children(threat)) {
      // a clause's head is a verb, or a predicate noun in "that there would be consequences if ..."
      if (!CONTENT.contains(g.relation(c)) || !g.token(c).isVerb() && !g.relation(c).equals("ccomp")) continue;
      Integer party = conditionedSubject(g, c);
      if (party != null) return party;
      for (int d : g.children(c)) {
        if (!g.relation(d).equals("xcomp") || !g.token(d).isVerb()) continue;
        party = conditionedSubject(g, d);
        if (party != null) return party;
      }
    }
    return null;
  }

  private static @Nullable Integer conditionedSubject(SentenceGraph g, int v) {
    Integer condition = conditionClause(g, v);
    if (condition == null) return null;
    Integer subj = g.child(condition, "nsubj");
    return subj != null ? subj : g.child(condition, "nsubj:pass");
  }

  private @Nullable Actor speaker(ArticleContext a, int sentence, SentenceGraph g, int v) {
    for (int k : g.ancestors(v)) {
      if (ModalityFinder.isReportingVerb(g, k) || Attribution.isSpeechVerb(g, k)) return attribution.speakerOf(a, sentence, k).orElse(null);
    }
    Optional<Span> quote = a.quotes.at(g.token(v).begin());
    return quote.flatMap(q -> attribution.quoteSpeaker(a, sentence, q)).orElse(null);
  }

  /**
   * The "if"/"unless" clause attached to verb {@code v}, or to its purpose ("would use force to protect civilians
   * if troops crossed": the parser often hangs the condition on the nearer verb), or null.
   */
  static @Nullable Integer conditionClause(SentenceGraph g, int v) {
    Integer own = ownCondition(g, v);
    if (own != null) return own;
    for (int c : g.children(v)) {
      if (isPurpose(g, v, c)) {
        Integer purpose = ownCondition(g, c);
        if (purpose != null) return purpose;
      }
    }
    return null;
  }

  /**
   * Is {@code c} the purpose of verb {@code v} ("use force to protect civilians"), not its complement ("threatened
   * to strike")? A to-infinitive after a verb that already has its object.
   */
  static boolean isPurpose(SentenceGraph g, int v, int c) {
    return g.relation(c).equals("xcomp") && g.hasMarker(c, "to") && g.token(v).isVerb() && g.child(v, "obj") != null;
  }

  /** The "if"/"unless" clause attached to verb {@code v} itself, or null. */
  static @Nullable Integer ownCondition(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.baseRelation(c).equals("advcl")) continue;
      for (int m : g.children(c)) if (g.baseRelation(m).equals("mark") && MARKS.contains(g.lemma(m))) return c;
    }
    return null;
  }

  private static boolean promisesHarm(SentenceGraph g, int v) {
    boolean future = false;
    boolean harm = CONSEQUENCE.contains(g.lemma(v));
    for (int c : g.children(v)) {
      if (g.baseRelation(c).equals("aux") && FUTURE.contains(g.lemma(c))) future = true;
      if (g.baseRelation(c).equals("advcl")) continue;
      for (int k = g.subtree(c).nextSetBit(0); k >= 0; k = g.subtree(c).nextSetBit(k + 1)) {
        if (CONSEQUENCE.contains(g.lemma(k))) harm = true;
        if (EASING.contains(g.lemma(k))) return false;
      }
    }
    return future && (harm || cutsTies(g, v)) && !EASING.contains(g.lemma(v));
  }

  /** "would recall its ambassador", "would sever ties": verb {@code v} cuts relations named in its object. */
  private static boolean cutsTies(SentenceGraph g, int v) {
    if (!CUTS.contains(g.lemma(v))) return false;
    for (int c : g.children(v)) {
      if (!g.baseRelation(c).equals("obj")) continue;
      var sub = g.subtree(c);
      for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) if (TIES.contains(g.lemma(k))) return true;
    }
    return false;
  }

  private static String code(SentenceGraph g, int v) {
    boolean military = MILITARY.contains(g.lemma(v));
    boolean sanction = SANCTION.contains(g.lemma(v));
    for (int c : g.children(v)) {
      if (g.baseRelation(c).equals("advcl")) continue;
      var sub = g.subtree(c);
      for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
        if (MILITARY.contains(g.lemma(k))) military = true;
        if (SANCTION.contains(g.lemma(k))) sanction = true;
      }
    }
    return military ? "138" : sanction ? "1312" : cutsTies(g, v) ? "1313" : "130";
  }
}
