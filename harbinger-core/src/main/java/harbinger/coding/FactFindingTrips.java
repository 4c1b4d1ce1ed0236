package harbinger.coding;

import java.util.Set;

/**
 * "A mission arrived in Nicaragua to look into the killings", "a delegation travelled to Macedonia to gather testimony
 * about rapes", "monitors visited Haiti to probe the torture of detainees": a trip whose purpose is an investigation
 * (CAMEO root 09) is coded as the investigation, as a sending to investigate is ({@link Salience#dispatches}); the trip
 * is its means. Trips for other purposes ("flew to Moscow to negotiate") stay visits. The purpose may hang from a
 * helping verb ("arrived to help document abuses"). Stateless.
 */
final class FactFindingTrips {
  private FactFindingTrips() {}

  /** Verbs of travelling somewhere. */
  static final Set<String> TRAVEL = Set.of("travel", "arrive", "visit", "fly", "go", "come", "head", "tour", "return");

  /** Verbs between the trip and its purpose: "arrived to help document", "went to try to find out". */
  private static final Set<String> HELPING = Set.of("help", "try", "seek", "begin", "start");

  /**
   * Is trigger {@code purpose} the investigating purpose of trigger {@code trip}? The one test by which a trip does not
   * own its investigation as content ({@link VerbalContent}, {@link EventCoder}) and the investigation is coded
   * instead of the trip ({@link Salience#dispatches}).
   */
  static boolean investigates(SentenceGraph g, Trigger trip, Trigger purpose) {
    return purpose(g, trip.token(), purpose.token(), purpose.code());
  }

  /** Is trigger {@code p} (coded {@code code}) the investigating purpose of travel verb {@code trip}? */
  private static boolean purpose(SentenceGraph g, int trip, int p, String code) {
    if (!TRAVEL.contains(g.lemma(trip)) || !code.startsWith("09")) return false;
    int h = g.head(p);
    if (h >= 0 && h != trip && HELPING.contains(g.lemma(h)) && g.relation(p).equals("xcomp")) {
      p = h;
      h = g.head(h);
    }
    String base = g.baseRelation(p);
    return h == trip && (base.equals("advcl") || base.equals("xcomp")) && g.hasMarker(p, "to") && g.subject(p) == null;
  }
}
