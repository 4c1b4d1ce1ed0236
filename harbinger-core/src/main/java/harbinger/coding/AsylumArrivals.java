package harbinger.coding;

import java.util.List;
import java.util.Set;

/**
 * An arrival told with the grant of asylum behind it: "Evo Morales arrived in Mexico City after the Mexican
 * government granted him asylum". The grant (075) is the news, though told in a temporal adjunct that
 * {@link Salience} would drop as background; and the arrival is no visit to the host (042) but the refuge taken.
 * The sign is an asylum trigger in an adjunct hung from a verb of arriving. Session 20. Stateless.
 */
final class AsylumArrivals {
  private AsylumArrivals() {}

  /** Verbs of arriving somewhere. */
  private static final Set<String> ARRIVALS = Set.of("arrive", "land", "fly", "reach", "enter", "cross");

  /** Whether background trigger {@code t}, hung from token {@code h}, is a grant of asylum behind an arrival at {@code h}. */
  static boolean grant(SentenceGraph g, Trigger t, int h) {
    return t.code().startsWith("075") && g.token(h).isVerb() && ARRIVALS.contains(g.lemma(h));
  }

  /** The triggers without the visit (042) at each arrival token that a kept asylum grant hangs from. */
  static List<Trigger> withoutVisits(List<Trigger> out, Set<Integer> arrivals) {
    if (arrivals.isEmpty()) return out;
    return new java.util.ArrayList<>(out.stream().filter(a -> !(arrivals.contains(a.token()) && a.code().startsWith("042"))).toList());
  }
}
