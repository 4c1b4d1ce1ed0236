package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A country named by its tie to another: "its northern neighbour", "Uganda's southern neighbour", "the former
 * colonial power", "its ex-colonial ruler". The other country is the phrase's possessor, else the country the
 * discourse named last before the phrase ("Congo demanded that the former colonial power ..."); the tie is looked
 * up in relations.tsv. Thread-safe if the discourse is not shared.
 */
final class RelatedCountries {
  private RelatedCountries() {}

  private static final Map<String, String> DIRECTIONS = Map.of("northern", "northern_neighbour",
      "southern", "southern_neighbour", "eastern", "eastern_neighbour", "western", "western_neighbour");
  private static final Set<String> NEIGHBOURS = Set.of("neighbour", "neighbor");
  /** Heads that name a former ruler with "colonial" ("the former colonial power") or by themselves ("its ex-coloniser"). */
  private static final Set<String> RULERS = Set.of("power", "ruler", "master", "overlord");
  private static final Set<String> COLONISERS = Set.of("colonizer", "coloniser", "colonialist");

  /**
   * The country the phrase headed by {@code head} names by its tie to another, or empty when it names no such tie or
   * the tie is not listed.
   *
   * @param resolvePossessor resolves the phrase's possessor ("its", "Ethiopia's") as a phrase of its own
   */
  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, ActorResolver.Context ctx,
      ActorKnowledge knowledge, Function<Integer, Optional<ActorResolver.Resolved>> resolvePossessor) {
    if (g.token(head).isProperNoun()) return Optional.empty();
    String relation = relation(g, head);
    if (relation == null) return Optional.empty();
    Integer poss = g.child(head, "nmod:poss");
    int first = g.subtree(head).nextSetBit(0);
    Optional<String> anchor = poss != null
        ? resolvePossessor.apply(poss).map(r -> r.actor().country())
        : ctx.discourse().lastCountry(ctx.sentence(), first);
    if (poss != null && anchor.isEmpty()) anchor = ctx.discourse().lastCountry(ctx.sentence(), first);
    Optional<Country> other = anchor.flatMap(c -> knowledge.related(c, relation));
    if (other.isEmpty()) return Optional.empty();
    Country c = other.get();
    Actor a = new Actor(g.text(first, head), c.code(), c.code(), List.of(), null, g.span(first, head));
    return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.COUNTRY, false, null));
  }

  private static @Nullable String relation(SentenceGraph g, int head) {
    String lemma = g.lemma(head).toLowerCase(java.util.Locale.ROOT);
    boolean colonial = false;
    boolean former = false;
    String direction = null;
    for (int c : g.children(head)) {
      if (!g.relation(c).equals("amod") && !g.relation(c).equals("compound")) continue;
      String m = g.lemma(c).toLowerCase(java.util.Locale.ROOT);
      if (m.equals("colonial")) colonial = true;
      if (m.equals("former") || m.equals("ex") || m.equals("ex-colonial")) former = true;
      if (m.equals("ex-colonial")) colonial = true;
      if (DIRECTIONS.containsKey(m)) direction = DIRECTIONS.get(m);
    }
    if (NEIGHBOURS.contains(lemma)) return direction;
    if (RULERS.contains(lemma) && colonial) return "former_colonial_power";
    if (COLONISERS.contains(lemma) && former) return "former_colonial_power";
    return null;
  }
}
