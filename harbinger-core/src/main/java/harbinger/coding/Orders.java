package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Orders: an order to another party is a demand (CAMEO 10: "the Security Council ordered Ethiopia and Eritrea to
 * withdraw their forces", "ordered the rebels to release the soldiers", "ordered the militants to surrender"), and
 * what is ordered decides the sub-code in the lexicon; an order to one's own forces is a military or police move
 * (15: "ordered troops to the border") or the act it orders, no demand; an order of a thing ("ordered the release of
 * prisoners", "ordered an inquiry") names the source's own act, no demand either. Stateless.
 */
final class Orders {
  private Orders() {}

  /** Verbs of ordering. */
  static final Set<String> VERBS = Set.of("order", "command", "instruct");

  /** The ordered party's head nouns that are the orderer's own armed or police forces. */
  private static final Set<String> OWN_FORCES = Set.of("troop", "troops", "soldier", "soldiers", "army", "armies",
      "force", "forces", "military", "police", "policeman", "policemen", "unit", "units", "commander", "commanders",
      "officer", "officers", "navy", "battalion", "battalions", "brigade", "brigades", "division", "divisions",
      "gendarme", "gendarmes", "gendarmerie", "guard", "guards", "warplane", "warplanes", "warship", "warships",
      "tank", "tanks", "reinforcement", "reinforcements", "reservist", "reservists", "personnel", "riot");

  /** Common nouns that name a party one can order: a group, a side, a people. */
  private static final Set<String> PARTIES = Set.of("government", "governments", "faction", "factions", "party",
      "parties", "group", "groups", "side", "sides", "authority", "authorities", "regime", "country", "countries",
      "state", "states", "company", "companies", "agency", "agencies", "family", "families", "resident", "residents",
      "villager", "villagers", "inhabitant", "inhabitants", "refugee", "refugees", "settler", "settlers", "protester",
      "protesters", "demonstrator", "demonstrators", "striker", "strikers", "worker", "workers", "journalist",
      "journalists", "foreigner", "foreigners", "militant", "militants", "rebel", "rebels", "guerrilla", "guerrillas",
      "insurgent", "insurgents", "militia", "militias", "gunman", "gunmen", "hijacker", "hijackers", "kidnapper",
      "kidnappers", "leader", "leaders", "minister", "ministers", "official", "officials", "diplomat", "diplomats",
      "mission", "staff", "delegation", "observers", "monitor", "monitors", "inspector", "inspectors", "peacekeeper",
      "peacekeepers", "organization", "organisation", "movement", "community", "tribe", "tribes", "clan", "clans",
      "man", "men", "people", "civilian", "civilians", "national", "nationals", "citizen", "citizens", "him", "her",
      "them", "student", "students", "miner", "miners", "farmer", "farmers", "teacher", "teachers", "doctor", "doctors",
      "trader", "traders", "driver", "drivers", "crowd", "crowds", "occupier", "occupiers", "squatter", "squatters");

  /** Whether the lexicon entry with {@code code} at the ordering verb {@code i} fits the party ordered. */
  static boolean fits(SentenceGraph g, int i, String code) {
    Integer party = party(g, i);
    boolean own = party != null && OWN_FORCES.contains(g.lemma(party).toLowerCase(Locale.ROOT));
    if (code.startsWith("10")) return party != null && !own && isParty(g, party);
    if (code.startsWith("15")) return party == null || own || !isParty(g, party);
    return true;
  }

  /**
   * Who is ordered: the object, the passive subject, or the subject of a bare clause the parser made of "ordered the militants holed up
   * in the shrine to surrender".
   */
  static @Nullable Integer party(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj");
    if (o != null) return o;
    // "students occupying the square were ordered by the premier to end their protest": the passive subject
    Integer ordered = g.child(i, "nsubj:pass");
    if (ordered != null) return ordered;
    for (int c : g.children(i)) {
      if (g.relation(c).equals("ccomp") && !g.hasMarker(c, "that")) {
        Integer s = g.child(c, "nsubj");
        if (s != null) return s;
      }
    }
    return null;
  }

  static boolean isParty(SentenceGraph g, int k) {
    String ner = g.token(k).ner();
    return g.token(k).isProperNoun() || ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY")
        || ner.equals("NATIONALITY") || PARTIES.contains(g.lemma(k).toLowerCase(Locale.ROOT))
        || OWN_FORCES.contains(g.lemma(k).toLowerCase(Locale.ROOT));
  }
}
