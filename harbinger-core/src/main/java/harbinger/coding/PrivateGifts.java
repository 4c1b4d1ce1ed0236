package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Gifts between private persons: "a retired engineer donated his savings to the village school", "the billionaire
 * gave ten million dollars to his old university", "a couple donated a kidney to a stranger". CAMEO's aid (07) is
 * what states, organisations and armed groups provide; a private person's gift to a school, a hospital or a person
 * has no political party on either side. Workers, farmers, students and residents are agents in the actor tables and
 * not listed. The sign is a verb trigger of aid whose subject is a common noun of a
 * private person (by trade, wealth or family) and whose recipient is not a name: "a Saudi businessman donated a
 * million dollars to the Palestinian Authority" stays aid. A giver of any trade is private when a modifier says so
 * ("a retired nurse", "an anonymous donor"). Stateless.
 */
final class PrivateGifts {
  private PrivateGifts() {}

  /** Common nouns of private persons who give. */
  private static final Set<String> GIVERS = Set.of("engineer", "billionaire", "millionaire", "couple", "tycoon",
      "philanthropist", "businessman", "businesswoman", "entrepreneur", "retiree", "pensioner", "widow", "widower",
      "family", "man", "woman", "grandmother", "grandfather", "mother", "father", "son", "daughter", "shopkeeper", "trader", "merchant", "heiress", "heir", "landowner", "actor", "actress",
      "singer", "footballer", "athlete", "star", "celebrity", "alumnus", "alumni", "benefactor", "neighbour",
      "neighbor", "runner", "marathoner", "sprinter", "golfer", "boxer", "winner", "fan", "collector");

  /** Modifiers that make any common-noun giver a private person: "a retired teacher", "an anonymous donor". */
  private static final Set<String> PRIVATE = Set.of("retired", "anonymous", "elderly", "wealthy");

  /** True when the aid coded at verb trigger {@code i} is a private person's gift to no named party. */
  static boolean gift(SentenceGraph g, int i, String code, boolean noun) {
    if (noun || !code.startsWith("07") || !g.token(i).isVerb()) return false;
    Integer subject = g.subject(i);
    if (subject == null) return false;
    String pos = g.token(subject).pos();
    if (!(pos.equals("NN") || pos.equals("NNS"))) return false;
    // a firm's gift to a school or a shelter is charity too: "the hotel chain donated blankets to a homeless shelter"
    if (!GIVERS.contains(g.lemma(subject).toLowerCase(Locale.ROOT)) && !privateModifier(g, subject)
        && !CommercialDeals.business(g, subject)) return false;
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      boolean recipient = rel.equals("iobj") || rel.equals("obl") && "to".equals(g.caseMarker(c));
      if (recipient && g.token(c).isProperNoun()) return false;
    }
    return true;
  }

  private static boolean privateModifier(SentenceGraph g, int subject) {
    for (int c : g.children(subject)) {
      if (g.relation(c).equals("amod") && PRIVATE.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
