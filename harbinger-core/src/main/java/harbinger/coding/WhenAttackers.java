package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The killer of a passive killing told in a "when" clause: "Sheikh X was killed when Israeli helicopters fired
 * missiles at him", "three soldiers died when rebels ambushed their convoy", "he was wounded when his car was hit by
 * a Russian missile". The clause's attacker (its subject, or the "by" agent of a passive clause) did the killing.
 * Only attack verbs count: "was killed when he stepped on a mine" names no killer; nor does a weapon with no owner
 * ("killed when a missile hit a residential area": whose missile is not said, the unknown-attacker rule decides).
 * Stateless.
 */
final class WhenAttackers {
  private static final Set<String> MARKERS = Set.of("when", "as", "after");
  private static final Set<String> ATTACKS = Set.of("fire", "shoot", "strike", "bomb", "shell", "attack", "hit", "raid",
      "ambush", "storm", "open", "target", "rocket", "launch", "drop", "blow", "detonate", "ram", "torpedo", "pound");
  private static final Set<String> WEAPONS = Set.of("missile", "rocket", "shell", "bomb", "mortar", "drone", "grenade",
      "mine", "projectile", "bullet", "explosive", "device", "car", "truck");
  private static final Set<String> OWNERS = Set.of("amod", "compound", "nmod:poss", "nmod");

  private WhenAttackers() {}

  /** "when" or "as" opens the clause (a mark, or in UD the clause's advmod). */
  private static boolean marked(SentenceGraph g, int clause) {
    for (int m : g.children(clause)) {
      String r = g.baseRelation(m);
      if ((r.equals("mark") || r.equals("advmod")) && m < clause && MARKERS.contains(g.lemma(m).toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  private static boolean ownerlessWeapon(SentenceGraph g, int doer) {
    if (!WEAPONS.contains(g.lemma(doer).toLowerCase(java.util.Locale.ROOT))) return false;
    for (int c : g.children(doer)) if (OWNERS.contains(g.relation(c)) || OWNERS.contains(g.baseRelation(c))) return false;
    return true;
  }

  /** The attacker's head token, or null. */
  static @Nullable Integer of(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.relation(c).equals("advcl") || !ATTACKS.contains(g.lemma(c)) || !marked(g, c)) continue;
      boolean passive = g.child(c, "nsubj:pass") != null || g.child(c, "aux:pass") != null;
      Integer doer = passive ? ArgumentFinder.obliqueWith(g, c, List.of("by")) : g.subject(c);
      if (doer != null && !g.token(doer).isPronoun() && !ownerlessWeapon(g, doer)) return doer;
    }
    return null;
  }
}
