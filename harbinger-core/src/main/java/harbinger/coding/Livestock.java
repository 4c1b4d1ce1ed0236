package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Animals culled or slaughtered: "thousands of pigs were slaughtered as a precaution against swine flu", "farmers
 * killed their chickens", "a million birds were culled". A killing (CAMEO roots 18 to 20) is done to people; when what
 * was killed is livestock or other animals, there is no event. Stateless.
 */
final class Livestock {
  private Livestock() {}

  private static final Set<String> ANIMALS = Set.of("pig", "pigs", "hog", "hogs", "chicken", "chickens", "hen", "hens",
      "poultry", "bird", "birds", "duck", "ducks", "goose", "geese", "cattle", "cow", "cows", "calf",
      "calves", "sheep", "lamb", "lambs", "goat", "goats", "animal", "animals", "livestock", "herd", "herds", "flock",
      "flocks", "mink", "camel", "camels", "horse", "horses", "dog", "dogs", "deer", "elephant", "elephants", "rhino",
      "rhinos", "whale", "whales", "dolphin", "dolphins", "seal", "seals", "badger", "badgers", "rat", "rats");

  /** Is trigger {@code i}, of code {@code code}, an act of force whose victim (object or passive subject) is animals? */
  static boolean culled(SentenceGraph g, int i, String code) {
    if (!(code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) || !g.token(i).isVerb()) return false;
    Integer victim = g.child(i, "obj", "nsubj:pass");
    if (victim == null) return false;
    Integer counted = TriggerFinder.counted(g, victim);
    return animal(g, victim) || (counted != null && animal(g, counted));
  }

  private static boolean animal(SentenceGraph g, int k) {
    return ANIMALS.contains(g.lemma(k).toLowerCase(Locale.ROOT)) || ANIMALS.contains(g.word(k).toLowerCase(Locale.ROOT));
  }
}
