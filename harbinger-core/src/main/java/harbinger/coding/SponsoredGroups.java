package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.actors.Organization;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups named by who leads or backs them, in a hyphenated compound whose first word the parser hangs outside the
 * group's phrase ("NATO - led peacekeepers", "Russian - backed separatists"):
 * <ul>
 *   <li>the leader of a "-led" or "-run" group is the group's party: "NATO-led peacekeepers" are NATO's, "a
 *       Vietnamese-led force" Vietnam's (with the head's own role: troops MIL);</li>
 *   <li>the backer of a "-backed", "-supported", "-sponsored", "-funded", "-armed" or "-trained" group is another
 *       party: "Russian-backed separatists", "Emirati-backed forces" belong to the state they fight or live in, the
 *       country of the place the sentence gives (never the backer's).</li>
 * </ul>
 * Only a group noun with a role (troops, rebels, militia, forces...) is resolved here; a hyphenated word the
 * tokeniser kept whole ("Saudi-led") is {@link PhraseCues#country}'s. Stateless.
 */
final class SponsoredGroups {
  private static final Set<String> LEADING = Set.of("lead", "led", "run", "command", "commanded");
  private static final Set<String> BACKING = Set.of("back", "backed", "support", "supported", "sponsor", "sponsored",
      "fund", "funded", "finance", "financed", "arm", "armed", "train", "trained", "equip", "equipped");
  /** Prepositions of a place where a group acts ("over eastern Ukraine", "in Donetsk", "near Tripoli"). */
  private static final Set<String> SCENE_PREPS = Set.of("in", "over", "across", "near", "around", "throughout",
      "inside", "within", "along", "outside", "at");

  private SponsoredGroups() {}

  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, List<Integer> phrase, @Nullable String headAgent,
                                                  ActorResolver.Context ctx, ActorKnowledge k, String text, Span span, boolean plural) {
    for (int v : g.children(head)) {
      if (!g.relation(v).equals("amod") || v < 2 || !g.word(v - 1).equals("-") || g.head(v - 2) != v) continue;
      int x = v - 2;
      String lemma = g.lemma(v).toLowerCase(java.util.Locale.ROOT);
      // a leader inside the phrase is PhraseCues.country's; a backer never names the group's country, wherever it is
      if (LEADING.contains(lemma) && phrase.contains(x) || !PhraseCues.capitalised(g, x)) continue;
      String lead = g.word(x);
      Optional<Country> country = k.findCountryByAdjective(lead).or(() -> k.findCountry(lead));
      if (LEADING.contains(lemma)) {
        if (country.isPresent()) return Optional.of(actor(country.get().code(), headAgent, text, span, plural));
        Optional<Organization> o = k.findOrganization(lead);
        if (o.isPresent()) {
          Organization org = o.get();
          return Optional.of(new ActorResolver.Resolved(new Actor(text, org.code(), org.country(), org.agents(), org.name(), span),
              Discourse.Kind.ORGANIZATION, plural, null));
        }
      } else if (BACKING.contains(lemma) && headAgent != null) {
        String backer = country.map(Country::code).orElse(null);
        // the sentence's own scene first, then where the story stands ("Saudi-backed militiamen shelled Aden's port"
        // in a story that began elsewhere)
        String home = scene(g, phrase, x, k, backer);
        if (home == null && !java.util.Objects.equals(ctx.fallbackCountry(), backer)) home = ctx.fallbackCountry();
        if (home != null) return Optional.of(actor(home, headAgent, text, span, plural));
      }
    }
    return Optional.empty();
  }

  /**
   * The country of the first place named after a scene preposition outside the group's phrase, if not the backer's;
   * else of a place that owns the thing acted on ("shelled Tripoli's airport", "stormed Aden's port").
   */
  private static @Nullable String scene(SentenceGraph g, List<Integer> phrase, int backer, ActorKnowledge k, @Nullable String backerCode) {
    String found = scene(g, phrase, backer, k, backerCode, false);
    return found != null ? found : scene(g, phrase, backer, k, backerCode, true);
  }

  private static @Nullable String scene(SentenceGraph g, List<Integer> phrase, int backer, ActorKnowledge k, @Nullable String backerCode,
                                        boolean possessor) {
    for (int i = 0; i < g.size(); i++) {
      if (i == backer || phrase.contains(i) || !g.token(i).isProperNoun() || !PhraseCues.capitalised(g, i)) continue;
      String marker = g.caseMarker(i);
      if (possessor ? !g.relation(i).equals("nmod:poss") : marker == null || !SCENE_PREPS.contains(marker)) continue;
      String w = LocationFinder.text(g, i);
      String word = g.word(i);
      Optional<Country> c = k.findCountryOfPlaceName(w).or(() -> k.findCountry(word));
      if (c.isPresent() && !c.get().code().equals(backerCode)) return c.get().code();
    }
    return null;
  }

  private static ActorResolver.Resolved actor(String country, @Nullable String agent, String text, Span span, boolean plural) {
    List<String> agents = agent == null ? List.of() : List.of(agent);
    return new ActorResolver.Resolved(new Actor(text, country + (agent == null ? "" : agent), country, agents, null, span),
        agent == null ? Discourse.Kind.COUNTRY : Discourse.Kind.GROUP, plural, null);
  }
}
