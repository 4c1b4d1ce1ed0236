package harbinger.coding;

import harbinger.model.Modality;
import harbinger.model.Span;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import harbinger.ontology.StanceCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * "Trump threatened to strike 52 Iranian sites if Tehran retaliated": a threat whose threatened act carries its
 * own if/unless condition is coded twice, as the threat and as the act it threatens, {@code conditional}, with the
 * threat's parties (the act is what follows if the condition is met). When the act's verb is a trigger the coder
 * already does this; this class covers a threat whose code names the act by its topic ("threaten" with "strike"
 * in context is 1384, a threatened attack) while the verb itself is in no lexicon entry: the act is then the one
 * the stance-codes table gives that threat code as the intent of (1384 -> 19, fight). Stateless.
 */
final class ThreatenedActs {
  private ThreatenedActs() {}

  static List<Draft> find(SentenceGraph g, List<Draft> coded, StanceCodes stances, CameoOntology ontology) {
    List<Draft> out = new ArrayList<>();
    for (Draft threat : coded) {
      if (!threat.type().root().equals("13") || threat.modality() == Modality.CONDITIONAL) continue;
      int v = tokenAt(g, threat.trigger());
      Integer act = v < 0 ? null : g.child(v, "xcomp");
      if (act == null || !g.hasMarker(act, "to") || ConditionalThreats.ownCondition(g, act) == null) continue;
      if (codedWithin(g, act, coded)) continue;
      EventType type = stances.act(threat.type(), StanceCodes.Stance.INTENT).map(t -> unspecified(t, ontology)).orElse(null);
      if (type == null) continue;
      Span trigger = new Span(g.token(act).begin(), g.token(act).end());
      out.add(new Draft(threat.sentence(), trigger, type, threat.source(), threat.target(), null, null,
          Modality.CONDITIONAL, threat.attributedTo(), threat.quote(), List.of(), null, threat.confidence() * 0.8));
    }
    return out;
  }

  /** A root-only act ("19") is coded by its unspecified code ("190") when the ontology has one. */
  private static EventType unspecified(EventType t, CameoOntology ontology) {
    return t.code().length() == 2 ? ontology.find(t.code() + "0").orElse(t) : t;
  }

  private static int tokenAt(SentenceGraph g, Span span) {
    for (int i = 0; i < g.size(); i++) if (g.token(i).begin() == span.start()) return i;
    return -1;
  }

  /** Has the coder already coded an event in the clause of {@code act} (its verb or below it, not its condition)? */
  private static boolean codedWithin(SentenceGraph g, int act, List<Draft> coded) {
    java.util.BitSet clause = g.subtree(act);
    Integer condition = ConditionalThreats.ownCondition(g, act);
    if (condition != null) clause.andNot(g.subtree(condition));
    for (Draft d : coded) {
      int t = tokenAt(g, d.trigger());
      if (t >= 0 && clause.get(t)) return true;
    }
    return false;
  }

}
