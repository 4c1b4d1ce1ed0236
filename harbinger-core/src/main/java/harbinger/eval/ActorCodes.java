package harbinger.eval;

import harbinger.model.Actor;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a produced actor stands for a gold actor code.
 *
 * <p>A gold code matches when it equals the actor's country, or when it is a prefix of the actor's whole
 * code. The prefix rule is what makes group codes work: the PLOVER gold writes every intergovernmental
 * organisation as plain {@code IGO}, which matches any produced {@code IGO...} code ({@code IGOUNO},
 * {@code IGOEUREEC}); the same holds for {@code IMG}, {@code NGO} and the like. Sectors are not compared.
 * The PLOVER gold has no {@code NGO} code: it writes every international organisation, governmental or not
 * (the Red Cross, Amnesty International), as {@code IGO}, so a gold {@code IGO} also matches a produced
 * transnational {@code NGO...} code (CAMEO's actor codebook codes those two as NGOs).
 * Two gold codes are not ISO-3166 and are read as the codes they stand for: {@code JAP} as {@code JPN} and
 * {@code ITL} as {@code ITA}.
 */
final class ActorCodes {
  static final Map<String, String> GOLD_ALIASES = Map.of("JAP", "JPN", "ITL", "ITA");

  private ActorCodes() {}

  static boolean matches(@Nullable Actor actor, String goldCode) {
    if (actor == null || goldCode.isEmpty()) return false;
    String g = GOLD_ALIASES.getOrDefault(goldCode, goldCode);
    if (g.equals(actor.country()) || actor.code().startsWith(g)) return true;
    return g.equals("IGO") && actor.code().startsWith("NGO");
  }

  static boolean matchesAny(@Nullable Actor actor, Collection<String> goldCodes) {
    for (String g : goldCodes) if (matches(actor, g)) return true;
    return false;
  }

  /** "USAGOV" or "-" for no actor. */
  static String show(@Nullable Actor a) { return a == null ? "-" : a.code(); }
}
