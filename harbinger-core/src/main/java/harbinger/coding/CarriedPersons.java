package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * A prisoner flown or taken to a court is carried, not visiting: "Milosevic was flown to The Hague after Belgrade
 * handed him over to the tribunal". A visit (042) triggered by a passive verb of carrying ("was flown", "was taken")
 * in a sentence about custody, a court or a hand-over is no visit; the hand-over or extradition beside it is the news.
 */
final class CarriedPersons {
  private CarriedPersons() {}

  private static final Set<String> CARRYING = Set.of("fly", "take", "bring", "transfer", "move", "send");
  private static final Set<String> CUSTODY = Set.of("tribunal", "court", "trial", "prison", "jail", "custody", "cell",
      "extradite", "extradition", "detention", "prosecutor", "prosecutors", "indictment", "handcuffs", "hague");

  static boolean carried(SentenceGraph g, int i, String code) {
    if (!code.startsWith("042") || !g.token(i).isVerb() || !CARRYING.contains(g.lemma(i).toLowerCase(Locale.ROOT))) return false;
    if (g.child(i, "aux:pass") == null && g.child(i, "nsubj:pass") == null) return false;
    for (int k = 0; k < g.size(); k++) if (CUSTODY.contains(g.lemma(k).toLowerCase(Locale.ROOT))) return true;
    return false;
  }
}
