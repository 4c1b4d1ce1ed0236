package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A siege, encirclement or blockade (191) laid by a crowd of civilians is an obstruction by protest (144), not a use of
 * armed force: "protesters laid siege to the airport", "thousands of supporters encircled the residence", "truckers
 * blockaded the capital". The lexicon's 191 rows name places and armed doers only by context words, and a noun
 * trigger ("laid siege") has no subject of its own, so this class reads the doer: the subject of the verb, or of the
 * verb whose object the siege noun is, or what a counting subject counts ("thousands of farmers"). Stateless.
 */
final class SiegeCrowds {
  private SiegeCrowds() {}

  private static final String SIEGE = "191";
  private static final String OBSTRUCTION = "144";

  /** Civilians who protest as a crowd (singular and plural lemmas, as the tagger may leave either). */
  static final Set<String> CROWDS = Set.of("protester", "protesters", "demonstrator", "demonstrators", "supporter",
      "supporters", "activist", "activists", "trucker", "truckers", "farmer", "farmers", "striker", "strikers",
      "student", "students", "worker", "workers", "crowd", "crowds", "mob", "mobs", "marcher", "marchers", "villager",
      "villagers", "resident", "residents", "miner", "miners", "fisherman", "fishermen", "rioter", "rioters", "youth",
      "youths", "driver", "drivers", "opponent", "opponents");

  /** The triggers with each siege laid by a crowd recoded as an obstruction. */
  static List<Trigger> apply(SentenceGraph g, List<Trigger> found) {
    List<Trigger> out = new ArrayList<>(found.size());
    for (Trigger t : found) {
      if (t.code().equals(SIEGE) && crowd(g, doer(g, t))) {
        LexiconEntry e = t.entry();
        out.add(new Trigger(t.token(), new LexiconEntry(OBSTRUCTION, e.lemma(), e.noun(), e.particle(), e.conditions(),
            e.symmetric(), e.origin())));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** The doer of the siege: the verb's subject, or for a siege noun the subject of the verb that takes it as object. */
  private static @Nullable Integer doer(SentenceGraph g, Trigger t) {
    int i = t.token();
    if (!t.noun()) return TriggerFinder.subjectHead(g, i);
    int h = g.head(i);
    if (h < 0 || !g.relation(i).equals("obj") || !g.token(h).isVerb()) return null;
    return TriggerFinder.subjectHead(g, h);
  }

  private static boolean crowd(SentenceGraph g, @Nullable Integer s) {
    if (s == null) return false;
    Integer counted = TriggerFinder.counted(g, s);
    return CROWDS.contains(g.lemma(s).toLowerCase(Locale.ROOT))
        || counted != null && CROWDS.contains(g.lemma(counted).toLowerCase(Locale.ROOT));
  }
}
