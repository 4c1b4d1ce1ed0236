package harbinger.coding;

import harbinger.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The country of a party the sentence leaves without one, taken from the other side of a domestic event.
 *
 * <p>Implementation notes. CAMEO codes a domestic actor by its state; news copy often names the state once, on
 * one side only: "Greek riot police fired tear gas at striking dockworkers" (GRCCOP → GRCLAB), "Salvadoran
 * guerrillas attacked an army garrison" (SLVREB → SLVMIL), "Striking miners clashed with South African police"
 * (ZAFLAB → ZAFCOP). Two directions, each limited to sides that act at home:
 * <ul>
 *   <li>the targets take the sources' country when every source is of one country and acts domestically: police,
 *       courts, rebels, the opposition, unions, civilians (never a government, legislature, army or intelligence
 *       service, which act abroad as often: "the White House condemned the militants");</li>
 *   <li>a source of no country takes the targets' country when every target is a state body of one country
 *       (government, police, courts, legislature, army): those who fight, defy or back a state's own bodies
 *       are, without other words, its people;</li>
 *   <li>rebels of no country striking a place of one country are that country's rebels;</li>
 *   <li>"the opposition" a government acts on is that government's country's.</li>
 * </ul>
 * Only used where no place of the sentence, paragraph or dateline gave a country first. Thread-safe (stateless).
 */
final class CounterpartCountry {
  /** Agents of parties that act within their own country. */
  private static final Set<String> DOMESTIC_ACTORS = Set.of("COP", "JUD", "REB", "SEP", "INS", "OPP", "UAF", "LAB",
      "CVL", "EDU", "AGR", "BUS", "CRM", "HRI", "MED", "PTY", "REL", "HLH", "REF", "ELI");
  /** Agents of a state's own bodies. */
  private static final Set<String> STATE_BODIES = Set.of("GOV", "COP", "JUD", "LEG", "MIL");
  /** Agents of armed movements fighting a state. */
  private static final Set<String> REBELS = Set.of("REB", "SEP", "INS");
  /** International codes: never given a country. */
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS");

  private CounterpartCountry() {}

  /** The country the targets of these sources default to, or null. */
  static @Nullable String forTargets(List<ActorResolver.Resolved> sources) {
    return sharedCountry(sources, DOMESTIC_ACTORS);
  }

  /**
   * The targets, "the opposition" of no country given the country of the government that acts on it ("Augusto
   * Pinochet accused the opposition": CHLGOV → CHLOPP); an opposition is always its own state's.
   */
  static List<ActorResolver.Resolved> placeOpposition(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets) {
    String home = sharedCountry(sources, Set.of("GOV"));
    if (home == null) return targets;
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (ActorResolver.Resolved r : targets) {
      Actor x = r.actor();
      boolean opposition = x.country() == null && x.code().equals("OPP");
      out.add(opposition ? new ActorResolver.Resolved(new Actor(x.text(), home + x.code(), home, x.agents(), x.name(), x.span()),
          r.kind(), r.plural(), r.title()) : r);
    }
    return out;
  }

  /**
   * The targets, an armed movement of no country that a state's army or police fights given the country where the
   * fight is ("killed insurgents near Fallujah": IRQ) or else that state's own ("Indonesian troops killed 12
   * Acehnese rebels": IDN, "the Royal Nepal Army killed Maoist rebels": NPL): CAMEO codes an insurgency by the state
   * it fights, and copy names that state once, on the army's side. Only rebels, separatists and insurgents, never
   * unnamed gunmen or civilians, and only when the sentence gave no country of its own.
   */
  static List<ActorResolver.Resolved> placeRebels(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets,
                                                  @Nullable String where) {
    String home = where != null ? where : sharedCountry(sources, Set.of("MIL", "COP"));
    if (home == null || sharedCountry(sources, STATE_BODIES) == null) return targets;
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (ActorResolver.Resolved r : targets) {
      Actor x = r.actor();
      boolean rebels = x.country() == null && x.agents().size() == 1 && REBELS.contains(x.agents().get(0)) && !isInternational(x);
      out.add(rebels ? new ActorResolver.Resolved(new Actor(x.text(), home + x.code(), home, x.agents(), x.name(), x.span()),
          r.kind(), r.plural(), r.title()) : r);
    }
    return out;
  }

  /** The sources, those of no country given the targets' shared country when the targets are state bodies. */
  static List<ActorResolver.Resolved> placeSources(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets) {
    return placeSources(sources, targets, null);
  }

  /**
   * As {@link #placeSources(List, List)}, but rebels of no country fighting where the event happens ({@code where},
   * a place of the tables: "insurgents attacked U.S. Marines in Falluja") are that place's country's, not the
   * country of the foreign troops they fight.
   */
  static List<ActorResolver.Resolved> placeSources(List<ActorResolver.Resolved> sources, List<ActorResolver.Resolved> targets,
                                                   @Nullable String where) {
    String home = sharedCountry(targets, STATE_BODIES);
    if (home != null && where != null && !where.equals(home)) {
      List<ActorResolver.Resolved> out = new ArrayList<>();
      for (ActorResolver.Resolved r : sources) {
        Actor x = r.actor();
        boolean rebels = x.country() == null && x.agents().size() == 1 && REBELS.contains(x.agents().get(0)) && !isInternational(x);
        out.add(rebels ? new ActorResolver.Resolved(new Actor(x.text(), where + x.code(), where, x.agents(), x.name(), x.span()),
            r.kind(), r.plural(), r.title()) : r);
      }
      sources = out;
    }
    // "Tamil rebels bombed the Temple of the Tooth in Kandy": rebels striking a place of one country are its rebels
    boolean place = false;
    if (home == null) {
      home = placeCountry(targets);
      place = true;
    }
    // "insurgents detonated a car bomb outside a police station in Baqouba": rebels acting at a place of the tables
    if (home == null) home = where;
    if (home == null) return sources;
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (ActorResolver.Resolved r : sources) {
      Actor x = r.actor();
      boolean bare = x.country() == null && !x.agents().isEmpty() && x.code().equals(String.join("", x.agents()))
          && !isInternational(x) && (!place || x.agents().size() == 1 && REBELS.contains(x.agents().get(0)));
      out.add(bare ? new ActorResolver.Resolved(new Actor(x.text(), home + x.code(), home, x.agents(), x.name(), x.span()),
          r.kind(), r.plural(), r.title()) : r);
    }
    return out;
  }

  /**
   * Coordinated parties, rebels or an opposition of no country named together with the bodies of one state
   * ("Sudanese government negotiators and southern rebels signed ...", "the Angolan army and rebel forces") given
   * that state's country: those who sit down with or stand beside a state's own bodies in one phrase are, without
   * other words, its rebels or opposition.
   */
  static List<ActorResolver.Resolved> placeCoordinated(List<ActorResolver.Resolved> parties) {
    if (parties.size() < 2) return parties;
    String home = null;
    for (ActorResolver.Resolved r : parties) {
      Actor a = r.actor();
      if (a.country() == null || a.agents().isEmpty() || !STATE_BODIES.contains(a.agents().get(0))) continue;
      if (home != null && !home.equals(a.country())) return parties;
      home = a.country();
    }
    if (home == null) return parties;
    List<ActorResolver.Resolved> out = new ArrayList<>();
    for (ActorResolver.Resolved r : parties) {
      Actor x = r.actor();
      boolean bare = x.country() == null && x.agents().size() == 1 && x.code().equals(x.agents().get(0))
          && (REBELS.contains(x.agents().get(0)) || x.agents().get(0).equals("OPP"));
      out.add(bare ? new ActorResolver.Resolved(new Actor(x.text(), home + x.code(), home, x.agents(), x.name(), x.span()),
          r.kind(), r.plural(), r.title()) : r);
    }
    return out;
  }

  /** An international code (IGO, NGO, ...), which no country may be put in front of. */
  static boolean isInternational(Actor a) {
    return a.code().length() >= 3 && INTERNATIONAL.contains(a.code().substring(0, 3));
  }

  /** The one country of these parties when every one is a bare country (a place acted on, "Kandy"); else null. */
  private static @Nullable String placeCountry(List<ActorResolver.Resolved> parties) {
    String country = null;
    for (ActorResolver.Resolved r : parties) {
      Actor a = r.actor();
      if (a.country() == null || !a.agents().isEmpty() || !a.code().equals(a.country())) return null;
      if (country != null && !country.equals(a.country())) return null;
      country = a.country();
    }
    return country;
  }

  /** The one country of all these parties when each has it and one of {@code agents}; else null. */
  private static @Nullable String sharedCountry(List<ActorResolver.Resolved> parties, Set<String> agents) {
    String country = null;
    for (ActorResolver.Resolved r : parties) {
      Actor a = r.actor();
      if (a.country() == null || a.agents().isEmpty() || !agents.contains(a.agents().get(0))) return null;
      if (country != null && !country.equals(a.country())) return null;
      country = a.country();
    }
    return country;
  }
}
