package harbinger.coding;

import harbinger.model.Actor;
import java.util.Set;

/**
 * Places owned by a named force: "the Sri Lankan army's garrison", "the Pakistan air force's base", "the Saudi army's
 * border posts". The possessor is the force, so the place's party keeps the force's agent (LKAMIL), as CAMEO codes
 * an attack on an army's garrison as one on that army; a country or people owning a place ("Ukraine's cities")
 * stays the bare country. Thread-safe (stateless).
 */
final class PossessedSites {
  private PossessedSites() {}

  /** Agents of an armed or policing force whose possession of a place makes it theirs. */
  private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY");

  /** The possessor token {@code owner}, resolved to {@code actor}, is a force of a state holding the place. */
  static boolean heldByForce(SentenceGraph g, int owner, Actor actor) {
    return g.relation(owner).equals("nmod:poss") && actor.country() != null && actor.agents().size() == 1
        && FORCES.contains(actor.agents().get(0));
  }
}
