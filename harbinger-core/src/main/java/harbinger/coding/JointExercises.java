package harbinger.coding;

import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "French and Egyptian warships launched war games": an exercise held by parties of two or more countries is a
 * joint exercise, military cooperation between them (062), even without "joint" or "with"; the lexicon codes an
 * exercise without those cues as a show of force (150) of each party. Pure and stateless.
 */
final class JointExercises {
  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "maneuver", "manoeuvre");
  private static final String SHOW_OF_FORCE = "150";
  private static final String MILITARY_COOPERATION = "062";

  private final EventType cooperation;

  JointExercises(CameoOntology ontology) {
    this.cooperation = ontology.expect(MILITARY_COOPERATION);
  }

  /**
   * The drafts of one trigger, with a show of force by parties of two or more countries and no target turned into
   * cooperation of each party with each other one; other drafts unchanged.
   */
  List<Draft> apply(SentenceGraph g, Trigger t, List<Draft> drafts) {
    if (!t.noun() || !t.code().equals(SHOW_OF_FORCE) || !EXERCISES.contains(g.lemma(t.token())) || drafts.size() < 2) return drafts;
    List<Draft> parties = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.target() != null || d.source() == null || d.source().country() == null) return drafts;
      if (parties.stream().noneMatch(p -> Objects.equals(p.source().country(), d.source().country()))) parties.add(d);
    }
    if (parties.size() < 2) return drafts;
    List<Draft> out = new ArrayList<>();
    for (Draft a : parties) {
      for (Draft b : parties) {
        if (a == b) continue;
        out.add(new Draft(a.sentence(), a.trigger(), cooperation, a.source(), b.source(), a.date(), a.precision(),
            a.modality(), a.attributedTo(), a.quote(), a.quantities(), a.location(), a.confidence()));
      }
    }
    return out;
  }
}
