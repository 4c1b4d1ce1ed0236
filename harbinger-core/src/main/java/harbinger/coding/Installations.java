package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.model.Actor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Installations and positions named by the force that holds them: "Armenian army positions", "a Sudanese army
 * base", "a police post". The place noun is no party by itself ({@link ActorResolver} codes "Ukraine's cities" by
 * their owner); a role noun compounded with it ("army", "police", "navy") makes the owner's force the party, as CAMEO
 * codes an attack on a military base as one on the military. The country comes from the owner ("Sudanese"), from
 * the role noun's own modifier ("Armenian army"), or from the event's fallback country. A military site under
 * attack ("shelled Eritrean positions") is held by its country's army. Thread-safe.
 */
final class Installations {
  private Installations() {}

  /**
   * The party holding the place {@code head}, given the place's owner as {@link ActorResolver} found it.
   *
   * @param resolveModifier resolves a modifier token of the place noun as a phrase of its own
   */
  static Optional<ActorResolver.Resolved> holder(SentenceGraph g, int head, ActorKnowledge knowledge,
                                                 Optional<ActorResolver.Resolved> owner, @Nullable String fallbackCountry,
                                                 boolean attacked, Function<Integer, Optional<ActorResolver.Resolved>> resolveModifier) {
    Integer force = forceModifier(g, head, knowledge);
    if (force == null && owner.isEmpty()) {
      // "a Tamil Tiger base", "a Hamas training camp", "Houthi positions": the named group holding it
      for (int c : g.children(head)) {
        // "Houthi positions": the parser may tag the movement's name as an adjective (JJ amod)
        boolean named = g.relation(c).equals("compound") && g.token(c).isProperNoun()
            || g.relation(c).equals("amod") && c < head && Character.isUpperCase(g.word(c).charAt(0));
        if (!named) continue;
        Optional<ActorResolver.Resolved> group = resolveModifier.apply(c).filter(r -> r.kind() == Discourse.Kind.ORGANIZATION);
        if (group.isPresent()) return group;
      }
    }
    if (force == null) {
      // "shelled Eritrean positions", "attacked a Russian base": under attack, a military site of a country is its army
      boolean military = attacked && (militarySite(g, head) || armsSite(g, head)) && ownedByState(g, head, knowledge);
      return military ? owner.filter(r -> r.actor().country() != null && r.actor().agents().isEmpty())
          .map(r -> withAgent(r, "MIL")).or(() -> owner) : owner;
    }
    String agent = agentOf(g, force, knowledge).orElseThrow();
    String country = owner.map(r -> r.actor().country()).orElse(null);
    if (country == null) country = resolveModifier.apply(force).map(r -> r.actor().country()).orElse(null);
    if (country == null) country = fallbackCountry;
    if (country == null) return owner;
    int first = Math.min(head, g.subtree(head).nextSetBit(0));
    String text = g.text(first, head);
    Actor a = new Actor(text, country + agent, country, List.of(agent), null, g.span(first, head));
    return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.GROUP, true, null));
  }

  /** Places that only armed forces hold ("a Kuwaiti border post", "Indian bunkers", "Ethiopian trenches"). */
  private static final java.util.Set<String> MILITARY_SITES = java.util.Set.of("position", "base", "garrison", "outpost",
      "barracks", "post", "bunker", "trench", "depot", "airfield", "airbase", "airstrip", "hangar");

  /** A military site by its lemma, or by its word where the tagger lemmatised the plural "bases" as "basis". */
  private static boolean militarySite(SentenceGraph g, int head) {
    return MILITARY_SITES.contains(g.lemma(head)) || g.word(head).equalsIgnoreCase("bases");
  }

  /** Compounds that make a site or facility a military one: "a radar site", "a missile site", "an ammunition store". */
  private static final java.util.Set<String> ARMS = java.util.Set.of("radar", "missile", "ammunition", "munitions",
      "munition", "weapons", "weapon", "arms",
      // "air defence sites", "air defense systems", "drone hangars", "command centres" (session 21)
      "defence", "defense", "drone", "command");

  /** "an Iranian radar site", "a Syrian missile facility": a site compounded with weapons or radar. */
  private static boolean armsSite(SentenceGraph g, int head) {
    return g.children(head).stream().anyMatch(c -> g.relation(c).equals("compound") && ARMS.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Buildings named by the body that sits in them: "the parliament building" (LEG), "the government headquarters"
   * and "the presidential palace" (GOV), "a university dormitory" (EDU), "the court building" (JUD).
   */
  private static final java.util.Set<String> BUILDINGS = java.util.Set.of("building", "headquarters", "compound",
      "palace", "campus", "dormitory", "house", "residence");

  /** Agents that a compound or adjective of a building names as the body sitting in it. */
  private static final java.util.Set<String> BUILDING_HOLDERS = java.util.Set.of("LEG", "GOV", "EDU", "JUD");

  /**
   * "Eritrean positions", "Russia's bases": the site's own modifier names a state, and no modifier names another
   * holder ("Kurdish militant positions in northern Iraq" are the militants', not Iraq's army's).
   */
  private static boolean ownedByState(SentenceGraph g, int head, ActorKnowledge knowledge) {
    boolean state = false;
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (!rel.equals("amod") && !rel.equals("compound") && !rel.equals("nmod:poss")) continue;
      var agent = knowledge.findAgent(g.lemma(c));
      if (agent.isPresent() && !agent.get().equals("GOV")) return false; // "government positions" are the state's too
      if (agent.isPresent()) state = true; // "attacked government garrisons in Juba": the state's, placed by the town
      if (knowledge.findCountryByAdjective(g.word(c)).or(() -> knowledge.findCountry(g.word(c))).isPresent()) state = true;
    }
    return state;
  }

  private static ActorResolver.Resolved withAgent(ActorResolver.Resolved r, String agent) {
    Actor x = r.actor();
    return new ActorResolver.Resolved(new Actor(x.text(), x.country() + agent, x.country(), List.of(agent), null, x.span()),
        Discourse.Kind.GROUP, true, null);
  }

  /** Whether a modifier of the place noun names the force holding it ("a rebel base", "army positions"). */
  static boolean namesForce(SentenceGraph g, int head, ActorKnowledge knowledge) {
    // also beside a people's name ("Naga rebel bases"), which forceModifier leaves to the owner
    return forceModifier(g, head, knowledge) != null || g.children(head).stream().anyMatch(c ->
        (g.relation(c).equals("compound") || g.relation(c).equals("amod")) && !g.token(c).isProperNoun()
            && knowledge.findAgent(g.lemma(c)).filter(HOLDERS::contains).isPresent());
  }

  /** Agents whose compound with a place noun names its holder: "an army post", "a police station", "a rebel camp". */
  private static final java.util.Set<String> HOLDERS = java.util.Set.of("MIL", "COP", "REB");

  /** A compound modifier of the place noun that names a force ("army", "military", "police", "navy", "rebel"). */
  private static @Nullable Integer forceModifier(SentenceGraph g, int head, ActorKnowledge knowledge) {
    for (int c : g.children(head)) {
      // "an army base", "a police post", and as an adjective "a military base"
      if (!(g.relation(c).equals("compound") || g.relation(c).equals("amod")) || g.token(c).isProperNoun()) continue;
      Optional<String> agent = knowledge.findAgent(g.lemma(c));
      // an adjective only for the state's armed forces ("Kurdish militant positions" are no state's force)
      boolean adjective = g.relation(c).equals("amod");
      // ... or for rebels ("shelled rebel positions": the parser tags "rebel" as an adjective)
      // (not beside a people's name: "Kurdish militant positions in northern Iraq" are not Iraq's rebels)
      boolean rebel = agent.isPresent() && agent.get().equals("REB") && !namesPeople(g, head);
      if (agent.isPresent() && (adjective ? agent.get().equals("MIL") || rebel : HOLDERS.contains(agent.get()))) return c;
      Optional<String> body = agentOf(g, c, knowledge);
      if (BUILDINGS.contains(g.lemma(head)) && body.isPresent() && BUILDING_HOLDERS.contains(body.get())) return c;
    }
    return null;
  }

  /** A capitalised modifier of the place names a people, nationality or group ("Kurdish", "Tamil", "Hamas"). */
  private static boolean namesPeople(SentenceGraph g, int head) {
    return g.children(head).stream().anyMatch(c -> (g.relation(c).equals("amod") || g.relation(c).equals("compound"))
        && Character.isUpperCase(g.word(c).charAt(0)));
  }

  /** The agent a modifier names; "presidential" names the head of state's office (GOV). */
  private static Optional<String> agentOf(SentenceGraph g, int modifier, ActorKnowledge knowledge) {
    return g.lemma(modifier).equalsIgnoreCase("presidential") ? Optional.of("GOV") : knowledge.findAgent(g.lemma(modifier));
  }
}
