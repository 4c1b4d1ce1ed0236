package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Killing a great many unarmed people by hand or gun is a mass killing (CAMEO 202), whatever the verb: "More than 200
 * villagers were hacked and shot to death by armed men", "8,000 men and boys were executed", "gunmen shot dead 300
 * civilians". The lexicon's conditions can name counting words ("hundreds of villagers") but not a figure, which this
 * class reads from the victims' number. Bombs, shells, strikes and gas are not killing by hand (their codes stay:
 * 183, 195, 2041); neither are soldiers or fighters killed in battle. Stateless.
 */
final class MassKillings {
  private MassKillings() {}

  /** The least number of victims that makes a killing a mass killing. */
  static final int MASS = 100;

  /** Codes of killing by hand or gun that a mass of victims makes 202 (a bombing, shelling or gas keeps its own). */
  static final Set<String> BY_HAND = Set.of("180", "182", "1821", "1822", "1823", "190", "193");

  /** Verbs that kill by themselves. */
  private static final Set<String> KILLING = Set.of("kill", "murder", "slay", "massacre", "slaughter", "execute");

  /** Verbs that kill with "to death" or "dead" ("hacked to death", "shot dead"). */
  private static final Set<String> TO_DEATH = Set.of("hack", "shoot", "stab", "beat", "burn", "bludgeon", "club", "gun");

  /** Unarmed people as victims (not soldiers, fighters or police). */
  private static final Set<String> UNARMED = Set.of("civilian", "villager", "resident", "people", "man", "woman",
      "child", "boy", "girl", "worshipper", "refugee", "prisoner", "inhabitant", "muslim", "christian", "tutsi",
      "villagers", "civilians", "residents", "men", "women", "children", "boys", "girls", "worshippers", "refugees",
      "prisoners", "inhabitants", "muslims", "christians", "tutsis");

  /** Means that are no killing by hand: the code of the bomb, strike or gas stays. */
  private static final Set<String> MEANS = Set.of("bomb", "bombs", "strike", "strikes", "airstrike", "airstrikes",
      "shell", "shells", "shelling", "explosion", "blast", "gas", "missile", "missiles", "rocket", "rockets", "attack",
      "bombing", "bombings", "mine", "mines", "device", "agent", "bomber", "bombers", "aircraft", "warplane",
      "warplanes", "jet", "jets", "drone", "drones", "artillery");

  /** Verb {@code i} kills at least {@link #MASS} unarmed people, not by a bomb, strike or gas. */
  static boolean mass(SentenceGraph g, int i) {
    if (!killing(g, i) || byMeans(g, i)) return false;
    Integer v = g.child(i, "obj");
    if (v == null || g.lemma(v).equalsIgnoreCase("dead")) v = g.child(i, "nsubj:pass");
    // "hacked and shot to death": the second verb of a pair shares the first one's victims
    if (v == null && g.relation(i).equals("conj") && g.head(i) >= 0) v = g.child(g.head(i), "nsubj:pass");
    return v != null && UNARMED.contains(g.lemma(v).toLowerCase(Locale.ROOT)) && count(g, v) >= MASS;
  }

  private static boolean killing(SentenceGraph g, int i) {
    String lemma = g.lemma(i).toLowerCase(Locale.ROOT);
    if (KILLING.contains(lemma)) return true;
    if (!TO_DEATH.contains(lemma)) return false;
    for (int c : g.children(i)) {
      String w = g.lemma(c).toLowerCase(Locale.ROOT);
      if (w.equals("dead") || w.equals("death") || w.equals("down")) return true;
    }
    // "were hacked and shot to death": "to death" hangs on the first verb of the pair
    int h = g.head(i);
    if (g.relation(i).equals("conj") && h >= 0) for (int c : g.children(h)) if (g.lemma(c).equalsIgnoreCase("death")) return true;
    for (int c : g.children(i)) if (g.relation(c).equals("conj")) for (int d : g.children(c)) if (g.lemma(d).equalsIgnoreCase("death")) return true;
    return false;
  }

  /** The subject or by-agent is a weapon or an attack ("killed by poison gas", "an air strike killed"). */
  private static boolean byMeans(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String r = g.relation(c);
      boolean doer = r.equals("nsubj") || g.baseRelation(c).equals("obl") && ("by".equals(g.caseMarker(c)) || "with".equals(g.caseMarker(c)) || "in".equals(g.caseMarker(c)));
      if (doer && MEANS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** The figure counting noun {@code v}: its numeral ("200 villagers", "8,000 men"), else 0. */
  private static long count(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.relation(c).equals("nummod")) continue;
      String w = g.word(c).replace(",", "");
      if (w.matches("\\d{1,9}")) return Long.parseLong(w);
    }
    return 0;
  }
}
