package harbinger.coding;

import harbinger.actors.Country;
import harbinger.model.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A minority named by its kin state's adjective ("ethnic Albanians in southern Serbia", "the Albanian population of
 * the province", "ethnic Armenian forces" in a story from Baku) is coded by the state it lives in, not by the kin
 * state. Stateless.
 */
final class Minorities {
  private Minorities() {}

  /** Nouns for the people of a group living somewhere ("the Albanian population of Kosovo", "the Serb minority in Croatia"). */
  private static final Set<String> POPULATION_NOUNS = Set.of("population", "minority", "community", "inhabitant", "resident");

  /** The head is a population noun ("the Serb minority"). */
  static boolean isPopulation(SentenceGraph g, int head) {
    return POPULATION_NOUNS.contains(g.lemma(head));
  }

  /**
   * "Israeli communities near the border", "Israeli border communities": settlements a state's adjective names, plural
   * and placed nowhere else, are that state's own, not a minority living in the story's country ("the Serb community
   * in Croatia", "ethnic Albanian communities" stay minorities).
   */
  static boolean ownCommunities(PhraseCues cues, SentenceGraph g, int head) {
    return g.lemma(head).equals("community") && g.token(head).pos().equals("NNS") && !ethnicModifier(g, head)
        && cues.placeModifierCountry(g, head, PhraseCues.HOME_PREPS).isEmpty();
  }

  /**
   * "ethnic Albanian villages", "ethnic Serb police": "ethnic" modifies the noun itself or its country adjective, not
   * an owner in an "of" phrase ("the positions of ethnic Armenian forces" is not itself an ethnic phrase).
   */
  static boolean ethnicModifier(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      if (g.lemma(c).equalsIgnoreCase("ethnic")) return true;
      if (!g.relation(c).startsWith("nmod") && g.children(c).stream().anyMatch(e -> g.lemma(e).equalsIgnoreCase("ethnic"))) return true;
    }
    return false;
  }

  /**
   * The state the minority lives in: a place modifying it ("in southern Serbia"), else the article's place
   * ({@code fallback}), else, for people other than a population noun, where the sentence places the act ("Serb
   * forces attacked ethnic Albanian villages in the Drenica region"); empty when nothing places it.
   */
  static Optional<Country> home(PhraseCues cues, SentenceGraph g, List<Integer> phrase, int head, @Nullable Country fallback) {
    Optional<Country> home = cues.placeModifierCountry(g, head, PhraseCues.HOME_PREPS);
    if (home.isEmpty() && fallback != null) home = Optional.of(fallback);
    if (home.isEmpty() && !isPopulation(g, head)) home = cues.placeInSentence(g, phrase);
    return home;
  }

  /**
   * "ethnic Albanian villages in the Drenica region": a minority's places are of the state it lives in (the article's
   * place {@code fallbackCode}, else where the sentence places them); empty for other places.
   */
  static Optional<ActorResolver.Resolved> places(PhraseCues cues, SentenceGraph g, int head, @Nullable String fallbackCode) {
    int first = g.subtree(head).nextSetBit(0);
    if (first < 0 || first >= head || !ethnicModifier(g, head)) return Optional.empty();
    String home = fallbackCode;
    if (home == null) home = cues.placeInSentence(g, List.of(head)).map(Country::code).orElse(null);
    if (home == null) return Optional.empty();
    Actor a = new Actor(g.text(first, head), home, home, List.of(), null, g.span(first, head));
    return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.COUNTRY, false, null));
  }
}
