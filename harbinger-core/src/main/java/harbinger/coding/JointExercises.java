package harbinger.coding;

import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "French and Egyptian warships launched war games": an exercise held by parties of two or more countries is a
 * joint exercise, military cooperation between them (062), even without "joint" or "with"; the lexicon codes an
 * exercise without those cues as a show of force (150) of each party, and so is one the sentence calls a show of force
 * or sabre-rattling. Pure and stateless.
 */
final class JointExercises {
  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "maneuver", "manoeuvre");
  private static final String SHOW_OF_FORCE = "150";
  private static final String MILITARY_COOPERATION = "062";

  private final EventType cooperation;

  /** Nouns after "show of" that make a display of force: "a show of force", "a show of strength". */
  private static final Set<String> DISPLAYS = Set.of("force", "strength", "power", "might", "muscle", "resolve");

  /** Words that name a display of force at someone: "sabre-rattling", "intimidation". */
  private static final Set<String> DISPLAY_WORDS = Set.of("sabre-rattling", "saber-rattling", "muscle-flexing",
      "intimidation", "intimidate", "provocation", "provocative");

  JointExercises(CameoOntology ontology) {
    this.cooperation = ontology.expect(MILITARY_COOPERATION);
  }

  /**
   * The drafts of one trigger, with a show of force by parties of two or more countries and no target turned into
   * cooperation of each party with each other one; other drafts unchanged.
   */
  List<Draft> apply(SentenceGraph g, Trigger t, List<Draft> drafts) {
    if (!t.noun() || !t.code().equals(SHOW_OF_FORCE) || !EXERCISES.contains(g.lemma(t.token())) || drafts.size() < 2) return drafts;
    if (showOfForce(g)) return drafts;
    List<Draft> parties = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.target() != null || d.source() == null || party(d.source()) == null) return drafts;
      if (parties.stream().noneMatch(p -> Objects.equals(party(p.source()), party(d.source())))) parties.add(d);
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

  /**
   * The side an exercising party stands for: its country, or an alliance or other international body itself ("NATO
   * and Polish troops opened an exercise": NATO is a party of its own); null for an actor of neither kind.
   */
  private static @Nullable String party(harbinger.model.Actor a) {
    if (a.country() != null) return a.country();
    return a.code().startsWith("IGO") ? a.code() : null;
  }

  /**
   * "staged live-fire drills in the Taiwan Strait in a show of force", "drills seen as sabre-rattling": a sentence
   * that calls the exercise a display of force tells a show of force at someone, not cooperation between the
   * countries named around it.
   */
  static boolean showOfForce(SentenceGraph g) {
    for (int k = 0; k < g.size(); k++) {
      String lemma = g.lemma(k).toLowerCase(java.util.Locale.ROOT);
      if (DISPLAY_WORDS.contains(lemma)) return true;
      if (lemma.equals("show") && k + 2 < g.size() && g.lemma(k + 1).equals("of")
          && DISPLAYS.contains(g.lemma(k + 2).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
