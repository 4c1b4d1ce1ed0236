package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Relief told by its arrival: "a Turkish cargo plane loaded with tents and food landed in Kathmandu", "a ship
 * carrying Norwegian food aid docked in Mogadishu". The craft does not visit anyone; what it brings is humanitarian
 * aid (073) from the craft's owner to the place it reaches. The sign is an arrival verb whose subject is an aircraft,
 * a ship or a convoy and whose subject phrase names relief goods (carried, loaded or "with" them). Crossing or
 * entering counts as arriving ("a UN convoy carrying tents crossed into Syria"); doctors and ventilators are relief
 * (session 13). Trucks "rolling into" a town arrive there, and a load named by its carrier ("planeloads of blankets")
 * is a craft (session 19). Stateless.
 */
final class AidCraft {
  private AidCraft() {}

  /** Verbs of arriving somewhere. */
  private static final Set<String> ARRIVALS = Set.of("land", "arrive", "dock", "reach", "touch", "cross", "enter",
      "roll");

  /** Nouns of craft and convoys that carry goods. */
  private static final Set<String> CRAFT = Set.of("plane", "planes", "aircraft", "airplane", "airplanes", "jet", "jets",
      "helicopter", "helicopters", "airlifter", "transport", "transports", "flight", "flights", "ship", "ships",
      "vessel", "vessels", "boat", "boats", "freighter", "freighters", "convoy", "convoys", "truck", "trucks", "lorry",
      "lorries", "ferry",
      // loads named by their carrier: "planeloads of blankets sent by Turkey landed in Yerevan" (session 19)
      "planeload", "planeloads", "shipload", "shiploads", "truckload", "truckloads");

  /** Participles of a load the parser may take for the main verb: "a plane loaded with tents landed". */
  static final Set<String> LOADING = Set.of("load", "carry", "pack", "laden", "fill");

  /** Goods that make a load relief. */
  private static final Set<String> RELIEF = Set.of("tent", "tents", "blanket", "blankets", "food", "medicine",
      "medicines", "medical", "relief", "aid", "humanitarian", "vaccine", "vaccines", "flour", "rice", "wheat",
      "water", "shelter", "shelters", "tarpaulin", "tarpaulins", "ventilator", "ventilators",
      "mask", "masks", "doctor", "doctors", "medic", "medics", "disinfectant", "disinfection");

  private static boolean craft(SentenceGraph g, int k) { return CRAFT.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT)); }

  /** A 073 trigger at arrival verb {@code i} when its subject is a craft bringing relief, else null. */
  static @Nullable Trigger trigger(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !ARRIVALS.contains(g.lemma(i))) return null;
    Integer subject = g.child(i, "nsubj");
    // "a plane loaded with tents landed in ...", parsed with "loaded" as the main verb and "landed" hanging from it
    // (also when the parser gave the arrival the last load noun for subject: "ships loaded with water, tents and
    // medical teams docked", with "teams" the subject of "docked"; session 20)
    if ((subject == null || !craft(g, subject)) && g.head(i) >= 0 && (g.relation(i).equals("dep") || g.relation(i).equals("conj"))
        && LOADING.contains(g.lemma(g.head(i)))) subject = g.child(g.head(i), "nsubj");
    // "trucks loaded with food rolled into Syria", parsed with the participle as the clausal subject of the arrival
    Integer loaded = g.child(i, "csubj");
    if (subject == null && loaded != null && LOADING.contains(g.lemma(loaded))) subject = g.child(loaded, "nsubj");
    if (subject == null || !craft(g, subject)) return null;
    BitSet phrase = g.subtree(subject);
    // the load of a misparsed "loaded with tents" hangs from the participle, outside the arrival's own clause
    if (g.head(subject) != i) { phrase.or(g.subtree(g.head(subject))); phrase.andNot(g.subtree(i)); }
    boolean relief = false;
    for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) if (RELIEF.contains(g.lemma(k))) relief = true;
    return relief ? new Trigger(i, new LexiconEntry("073", g.lemma(i), false, null, List.of(), false, "AidCraft")) : null;
  }
}
