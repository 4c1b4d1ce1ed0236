package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "the two Koreas", "both Germanys", "the two Sudans": the plural of a nation's name counted as two stands for the two
 * states that share the name, found as the name itself and its "North/South/East/West" forms in the country table
 * (Korea and North Korea, Germany and East Germany, Sudan and South Sudan). A name that gives no two states ("the
 * two Americas") is left to the other readings. Stateless.
 */
final class DividedNations {
  private static final List<String> QUARTERS = List.of("", "North ", "South ", "East ", "West ");

  private DividedNations() {}

  /** The two states a counted plural name at {@code head} stands for, else an empty list. */
  static List<ActorResolver.Resolved> of(SentenceGraph g, int head, ActorKnowledge k) {
    if (!g.token(head).pos().startsWith("NN") || !Character.isUpperCase(g.word(head).charAt(0)) || !counted(g, head)) return List.of();
    String word = g.word(head);
    if (!word.endsWith("s")) return List.of();
    String base = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    List<Country> states = new ArrayList<>();
    for (String q : QUARTERS) {
      Optional<Country> c = k.findCountry(q + base);
      if (c.isPresent() && states.stream().noneMatch(s -> s.code().equals(c.get().code()))) states.add(c.get());
    }
    if (states.size() != 2) return List.of();
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (Country c : states) {
      out.add(new ActorResolver.Resolved(new Actor(c.name(), c.code(), c.code(), List.of(), null, g.span(head, head)),
          Discourse.Kind.COUNTRY, false, null));
    }
    return out;
  }

  /** "the two Koreas", "both Koreas". */
  private static boolean counted(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      String l = g.lemma(c).toLowerCase(Locale.ROOT);
      if ((g.relation(c).equals("nummod") && (l.equals("two") || l.equals("2"))) || l.equals("both")) return true;
    }
    return false;
  }
}
