package harbinger.coding;

import harbinger.actors.Country;
import harbinger.actors.Organization;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A state body listed under a name other states' bodies share: "Congress" is listed as the US Congress, but "Peru's
 * Congress" and "the Guatemalan Congress" are those countries' legislatures. When the phrase names another state (by
 * a possessor or an adjective), the body is that state's, with the listed role. Only for bodies of a state's
 * government, legislature, judiciary, military or police; a movement or party keeps its own country ("Iran's
 * Hezbollah allies"). Stateless.
 */
final class StateBodies {
  private static final Set<String> STATE_ROLES = Set.of("GOV", "LEG", "JUD", "MIL", "COP");

  /** Names listed for one state's body that other states' bodies share, when they stand alone ("press Congress"). */
  private static final Set<String> SHARED_NAMES = Set.of("congress", "senate", "supreme court", "national assembly",
      "parliament", "house of representatives", "constitutional court");

  private StateBodies() {}

  /**
   * "marched into La Paz to press Congress": a body named only by a shared name ({@link #SHARED_NAMES}) in a story the
   * sentence places in another state ({@code placed}, the caller's fallback country) is that state's.
   */
  static Organization ofPlacedState(Organization o, String text, @Nullable String placed) {
    String name = text.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    if (placed == null || !SHARED_NAMES.contains(name) || o.country() == null || placed.equals(o.country())) return o;
    List<String> agents = o.agents();
    if (agents.isEmpty() || !agents.stream().allMatch(STATE_ROLES::contains)) return o;
    return new Organization(placed + String.join("", agents), o.name(), List.of(), placed, agents);
  }

  /** {@code o}, or the same body of the state {@code named} when the phrase names another state. */
  static Organization ofNamedState(Organization o, Optional<Country> named) {
    if (o.country() == null || named.isEmpty() || named.get().code().equals(o.country())) return o;
    List<String> agents = o.agents();
    if (agents.isEmpty() || !agents.stream().allMatch(STATE_ROLES::contains)) return o;
    String code = named.get().code() + String.join("", agents);
    return new Organization(code, o.name(), List.of(), named.get().code(), agents);
  }
}
