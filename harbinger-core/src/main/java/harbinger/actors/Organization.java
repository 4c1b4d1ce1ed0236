package harbinger.actors;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named organisation or metonym that is an actor: IGOs ("NATO" → IGOWSTNAT), NGOs, armed groups,
 * parties, and place metonyms for governments ("the Kremlin" → RUSGOV, "the Pentagon" → USAMIL).
 *
 * @param code full CAMEO actor code ("IGOWSTNAT", "RUSGOV", "NGOHRI")
 * @param name canonical name
 * @param aliases surface forms matched case-insensitively, whole words ("North Atlantic Treaty Organization", "NATO")
 * @param country ISO alpha-3 of the country it belongs to, or null for IGOs and transnational groups
 * @param agents agent codes in the code after the country part (["GOV"], ["MIL"], ["IGO"], ["NGO"])
 */
public record Organization(String code, String name, List<String> aliases, @Nullable String country, List<String> agents) {
  public Organization {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    agents = List.copyOf(agents);
  }
}
