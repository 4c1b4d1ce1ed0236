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

  /** Buildings that are the seat of the body owning them ("a dormitory of students", "the minister's residence"). */
  private static final Set<String> SEATS = Set.of("building", "headquarters", "compound", "palace", "campus",
      "dormitory", "residence");

  /** Bodies whose own building stands for them, as "the parliament building" does in {@link Installations}. */
  private static final Set<String> BODIES = Set.of("LEG", "GOV", "EDU", "JUD");

  /**
   * The place {@code place} is a building owned ("of" phrase or possessive) by {@code owner}, resolved to a body of a
   * state ({@code actor}: students EDU, a minister GOV): the building keeps the body's agent ("raided a dormitory of
   * students at Tehran University": IRNEDU, not the bare IRN).
   */
  static boolean seatOfBody(SentenceGraph g, int place, int owner, Actor actor) {
    boolean owns = g.relation(owner).equals("nmod:poss")
        || g.baseRelation(owner).equals("nmod") && "of".equals(g.caseMarker(owner));
    return owns && SEATS.contains(g.lemma(place).toLowerCase(java.util.Locale.ROOT)) && actor.country() != null
        && actor.agents().size() == 1 && BODIES.contains(actor.agents().get(0));
  }

  /** The possessor token {@code owner}, resolved to {@code actor}, is a force of a state holding the place. */
  static boolean heldByForce(SentenceGraph g, int owner, Actor actor) {
    return g.relation(owner).equals("nmod:poss") && actor.country() != null && actor.agents().size() == 1
        && FORCES.contains(actor.agents().get(0));
  }
}
