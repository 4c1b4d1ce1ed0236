package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups whose country is not in their own words but in the party they belong to, and "the country" itself.
 *
 * <ul>
 *   <li>membership: "a member of the Syrian parliament" is SYRLEG, "supporters of Hamas" are Hamas, "warplanes of
 *       the Saudi-led coalition" the coalition's (with their own role, MIL); the supporters of a person follow his
 *       country, not his office;</li>
 *   <li>affiliation: "workers affiliated with the Serbian Workers' Union" are Serbian workers (SRBLAB),
 *       "militias loyal to the Sudanese army" Sudanese militias;</li>
 *   <li>possessors that stand for a country: "its forces", "their leaders", "the country's navy";</li>
 *   <li>"the country" / "the nation": the nearest country named before it, in the same sentence first (even
 *       inside a news outlet's name: "Iranian state television reported that the country's navy ..."), else
 *       earlier in the article.</li>
 * </ul>
 * Stateless and thread-safe; the recursive resolution is the caller's.
 */
final class GroupAffiliation {
  /** Nouns that name people by the body they belong to. */
  private static final Set<String> MEMBER_NOUNS = Set.of("member", "supporter", "loyalist", "representative",
      "delegate", "follower", "activist", "militant", "fighter", "cadre", "partisan", "backer");
  /** Words that tie a group to a party: "affiliated with", "loyal to", "linked to", "allied with", "belonging to". */
  /**
   * Member nouns that follow a person rather than join a body: the supporters of a leader are no part of the office
   * he holds. Supporters of a sitting head of government are of his country (no GOV role); of a former leader,
   * who holds no power, the opposition ("supporters of former Prime Minister Imran Khan"); of an opposition leader,
   * his opposition.
   */
  private static final Set<String> FOLLOWER_NOUNS = Set.of("supporter", "loyalist", "follower", "partisan", "backer");
  private static final Set<String> TIES = Set.of("affiliate", "affiliated", "loyal", "link", "linked", "ally",
      "allied", "belong", "belonging", "tie", "tied", "attach", "attached", "connect", "connected", "close");
  private static final Set<String> TIE_PREPS = Set.of("with", "to");
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
  /** Possessors that are the state itself: "the government's forces", "the state's security services". */
  private static final Set<String> STATE_POSSESSORS = Set.of("country", "nation", "government", "state");

  /** Resolves another head of the same sentence (the caller's {@link ActorResolver#resolve}). */
  @FunctionalInterface
  interface Resolver {
    Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, ActorResolver.Context ctx);
  }

  private final ActorKnowledge knowledge;

  GroupAffiliation(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** The party a group of no country of its own belongs to, or empty. */
  Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, ActorResolver.Context ctx, Resolver r,
                                           @Nullable String headAgent, String text, Span span, boolean plural) {
    Optional<ActorResolver.Resolved> body = memberOf(g, head, ctx, r, headAgent).map(b -> followed(g, head, b));
    if (body.isPresent()) {
      Actor a = body.get().actor();
      List<String> agents = a.agents().isEmpty() && headAgent != null ? List.of(headAgent) : a.agents();
      String code = a.agents().isEmpty() && headAgent != null ? a.code() + headAgent : a.code();
      return Optional.of(new ActorResolver.Resolved(new Actor(text, code, a.country(), agents, a.name(), span),
          Discourse.Kind.GROUP, plural, null));
    }
    if (headAgent == null) return Optional.empty(); // "autonomy from Serbian authorities" is no group
    Optional<String> country = tiedCountry(g, head, ctx, r);
    if (country.isEmpty()) country = possessorCountry(g, head, ctx, r);
    if (country.isEmpty()) return Optional.empty();
    return Optional.of(new ActorResolver.Resolved(new Actor(text, country.get() + headAgent, country.get(), List.of(headAgent), null, span),
        Discourse.Kind.GROUP, plural, null));
  }

  /** The followers of a person take his country and, for a former leader, the opposition (see {@link #FOLLOWER_NOUNS}). */
  private static ActorResolver.Resolved followed(SentenceGraph g, int head, ActorResolver.Resolved body) {
    Actor a = body.actor();
    if (!FOLLOWER_NOUNS.contains(g.lemma(head)) || body.kind() != Discourse.Kind.PERSON || a.country() == null) return body;
    List<String> agents = a.agents().contains("ELI") ? List.of("OPP")
        : a.agents().contains("GOV") || a.agents().contains("LEG") ? List.of() : a.agents();
    String code = a.country() + (agents.isEmpty() ? "" : agents.get(0));
    return new ActorResolver.Resolved(new Actor(a.text(), code, a.country(), agents, null, a.span()), Discourse.Kind.GROUP,
        true, null);
  }

  /** "a member of the Syrian parliament", "supporters of Hamas": the body, when it resolves to a party with a country. */
  private static Optional<ActorResolver.Resolved> memberOf(SentenceGraph g, int head, ActorResolver.Context ctx, Resolver r,
                                                           @Nullable String headAgent) {
    // "warplanes of the Saudi-led coalition", "troops of the African Union mission": the armed force or craft of a body
    if (!MEMBER_NOUNS.contains(g.lemma(head)) && !"MIL".equals(headAgent)) return Optional.empty();
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c))) continue;
      Optional<ActorResolver.Resolved> body = r.resolve(g, c, asParty(ctx));
      if (body.isPresent() && body.get().actor().country() != null) return body;
      // "members of the presidential guard", "troops of the republican guard": a state's own body named with no
      // country is the one of the country where the story places the act (the caller's fallback)
      if (body.isEmpty() && ctx.fallbackCountry() != null && !g.token(c).isProperNoun()) {
        Optional<ActorResolver.Resolved> placed = r.resolve(g, c, ctx);
        if (placed.isPresent() && placed.get().actor().country() != null && !placed.get().actor().agents().isEmpty()) return placed;
      }
    }
    return Optional.empty();
  }

  /**
   * "workers affiliated with the Serbian Workers' Union", "militias loyal to the army", "doctors from two American aid
   * groups": the country of the party tied to.
   */
  private Optional<String> tiedCountry(SentenceGraph g, int head, ActorResolver.Context ctx, Resolver r) {
    List<Integer> ties = new java.util.ArrayList<>(g.children(head));
    // "nurses affiliated with a union went on strike", parsed with the group as the subject of "affiliated"
    if (g.head(head) >= 0 && g.baseRelation(head).equals("nsubj") && TIES.contains(g.lemma(g.head(head)))) ties.add(g.head(head));
    for (int c : ties) {
      String rel = c == g.head(head) ? "acl" : g.relation(c);
      if (g.baseRelation(c).equals("nmod") && "from".equals(g.caseMarker(c)) && !g.token(c).isProperNoun()) {
        Optional<String> country = r.resolve(g, c, asParty(ctx)).map(x -> x.actor().country());
        if (country.isPresent()) return country;
      }
      if (!(rel.startsWith("acl") || rel.equals("amod")) || !TIES.contains(g.lemma(c))) continue;
      for (int p : g.children(c)) {
        String base = g.baseRelation(p);
        if (!(base.equals("obl") || base.equals("nmod")) || !TIE_PREPS.contains(String.valueOf(g.caseMarker(p)))) continue;
        Optional<String> country = r.resolve(g, p, asParty(ctx)).map(x -> x.actor().country());
        // "militants loyal to Iraq's Al-Qaeda frontman": a transnational party placed by its possessor
        if (country.isEmpty() && g.child(p, "nmod:poss") != null) country = r.resolve(g, g.child(p, "nmod:poss"), asParty(ctx)).map(x -> x.actor().country());
        if (country.isPresent()) return country;
      }
    }
    Optional<String> fled = fledCountry(g, head);
    return fled.isPresent() ? fled : basedCountry(g, head);
  }

  private static final Set<String> BASED = Set.of("base", "based", "headquarter", "headquartered", "locate", "located");

  /** "a newspaper based in east Beirut", "a charity headquartered in Geneva": the country of the seat. */
  private Optional<String> basedCountry(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      if (!(g.relation(c).startsWith("acl") || g.relation(c).equals("amod")) || !BASED.contains(g.lemma(c))) continue;
      for (int p : g.children(c)) {
        if (!g.baseRelation(p).equals("obl") || !"in".equals(g.caseMarker(p))) continue;
        String place = LocationFinder.text(g, p);
        Optional<String> country = knowledge.findCountry(place).or(() -> knowledge.findCountryByCapital(place)).map(Country::code);
        if (country.isPresent()) return country;
      }
    }
    return Optional.empty();
  }

  private static final Set<String> FLEE = Set.of("flee", "escape");

  /** "refugees fleeing the civil war in Liberia", "civilians fleeing Syria": the country fled. */
  private Optional<String> fledCountry(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      if (!g.relation(c).startsWith("acl") || !FLEE.contains(g.lemma(c))) continue;
      BitSet scope = g.subtree(c);
      for (int k = scope.nextSetBit(0); k >= 0; k = scope.nextSetBit(k + 1)) {
        if (k == c || !g.token(k).isProperNoun()) continue;
        Optional<String> country = knowledge.findCountry(LocationFinder.text(g, k)).map(Country::code);
        if (country.isPresent()) return country;
      }
    }
    return Optional.empty();
  }

  /** "its forces", "their leaders", "the country's navy": a possessor that stands for a country. */
  private static Optional<String> possessorCountry(SentenceGraph g, int head, ActorResolver.Context ctx, Resolver r) {
    Integer p = g.child(head, "nmod:poss");
    if (p == null || !(g.token(p).isPronoun() || STATE_POSSESSORS.contains(g.lemma(p)))) return Optional.empty();
    return r.resolve(g, p, asParty(ctx)).map(x -> x.actor().country());
  }

  /**
   * "the country", "the nation" (singular, definite, with no words of its own that place it): the nearest country
   * named before it in the sentence, else the latest country of the article's discourse.
   */
  Optional<Country> theCountry(SentenceGraph g, int head, ActorResolver.Context ctx) {
    if (!COUNTRY_NOUNS.contains(g.lemma(head)) || !g.token(head).pos().equals("NN")) return Optional.empty();
    boolean definite = false;
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (rel.equals("det") && g.lemma(c).equals("the")) definite = true;
      else if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || g.baseRelation(c).equals("nmod")) return Optional.empty();
    }
    if (!definite) return Optional.empty();
    for (int i = head - 1; i >= 0; i--) {
      if (!Character.isUpperCase(g.word(i).codePointAt(0))) continue;
      String w = g.word(i);
      Optional<Country> c = i > 0 ? knowledge.findCountry(g.word(i - 1) + " " + w) : Optional.empty();
      if (c.isEmpty()) c = knowledge.findCountry(w).or(() -> knowledge.findCountryByAdjective(w));
      if (c.isPresent()) return c;
    }
    return ctx.discourse().lastCountry(ctx.sentence(), head).flatMap(this::byCode);
  }

  private Optional<Country> byCode(String code) {
    return knowledge.countries().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  private static ActorResolver.Context asParty(ActorResolver.Context ctx) {
    return new ActorResolver.Context(ctx.sentence(), ctx.asOf(), ctx.discourse(), ActorResolver.CapitalAs.GOVERNMENT, null);
  }
}
