package harbinger.coding;

import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The last resorts of {@link ActorResolver} for a phrase with no country, organisation or person of its own (split
 * from it, behaviour unchanged): a pronoun's antecedent, the holder of a role named before ("the minister"), the
 * group named before with the same plural or bare definite noun, and finally a bare agent placed in the country the
 * caller falls back to. Stateless; the discourse is the caller's.
 */
final class DiscourseFallbacks {
  /** Agents that only mean something with their state: a government, army or police of no known country is no actor. */
  private static final Set<String> STATE_AGENTS = Set.of("GOV", "ELI", "MIL", "COP", "SPY", "LEG", "JUD");

  /**
   * A person's possessive only: after coordinated parties, "visits by their leaders" names both sides' leaders, and
   * "not with its historical leadership" (a movement's) is no office of the speaker's government.
   */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "he", "she");

  private DiscourseFallbacks() {}

  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, ActorResolver.Context ctx, @Nullable String headAgent,
                                                  String text, Span span, boolean plural, Function<String, @Nullable Country> countryByCode) {
    if (g.token(head).isPronoun()) {
      // "told its citizens": a possessive on the object stands for the clause's subject when that subject agrees
      Integer bound = PossessiveBinding.subject(g, head);
      Optional<Discourse.Entry> subject = bound == null ? Optional.empty() : ctx.discourse().agreeingAt(g.lemma(head), ctx.sentence(), bound);
      if (subject.isPresent()) {
        Discourse.Entry e = subject.get();
        return Optional.of(new ActorResolver.Resolved(withText(e.actor(), text, span), e.kind(), e.plural(), e.title()));
      }
      return ctx.discourse().antecedent(g.lemma(head), ctx.sentence(), head, clauseSubject(g, head))
          .map(e -> new ActorResolver.Resolved(withText(e.actor(), text, span), e.kind(), e.plural(), e.title()));
    }
    if (ActorResolver.ROLE_NOUNS.contains(g.lemma(head)) && !plural) {
      Optional<Discourse.Entry> holder = ctx.discourse().roleHolder(g.lemma(head), ctx.sentence(), head);
      if (holder.isPresent()) {
        Discourse.Entry e = holder.get();
        return Optional.of(new ActorResolver.Resolved(withText(e.actor(), text, span), e.kind(), false, e.title()));
      }
    }
    if (plural && RepeatedNouns.bare(g, head)) {
      // "each ordering out two dozen diplomats" after "expelled dozens of Russian diplomats", "blocked the boats" after
      // "Philippine boats": a plural with nothing of its own but a count or "the" is the group named before
      Optional<Discourse.Entry> same = ctx.discourse().sameHead(g.word(head), ctx.sentence(), head);
      if (same.isPresent()) {
        Discourse.Entry e = same.get();
        return Optional.of(new ActorResolver.Resolved(withText(e.actor(), text, span), e.kind(), e.plural(), e.title()));
      }
    }
    if (headAgent != null && isBareDefinite(g, head)) {
      // "the ministry said" after "Azerbaijan's defence ministry reported": the body named before with the same noun
      Optional<Discourse.Entry> same = ctx.discourse().sameHead(g.word(head), ctx.sentence(), head);
      if (same.isPresent()) {
        Discourse.Entry e = same.get();
        return Optional.of(new ActorResolver.Resolved(withText(e.actor(), text, span), e.kind(), e.plural(), e.title()));
      }
    }
    if (headAgent != null) {
      // "enemy drones", "foreign aid agencies": the other side or outsiders, never the country of the place where they act
      String c = HeadAgents.hasModifier(g, head, "enemy") || PhraseCues.foreign(g, head) ? null : ctx.fallbackCountry();
      if (c == null && headAgent.equals("GOV") && isDefinite(g, head)) c = ctx.discourse().lastCountry(ctx.sentence(), head).orElse(null);
      if (c != null) {
        Country fc0 = countryByCode.apply(c);
        Optional<Country> fc = Optional.ofNullable(fc0);
        if (fc.isPresent()) return Optional.of(countryActor(fc.get(), headAgent, text, span, plural));
      }
      if (STATE_AGENTS.contains(headAgent)) return Optional.empty(); // "officials", "troops" of no known country
      return Optional.of(new ActorResolver.Resolved(new Actor(text, headAgent, null, List.of(headAgent), null, span), Discourse.Kind.GROUP, plural, null));
    }
    return Optional.empty();
  }

  private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "obl");
  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");

  /**
   * The mention a pronoun cannot stand for: for a non-reflexive object pronoun ("warned him"), the subject of its own
   * clause; for the subject of a relative clause ("rebels holding peacekeepers whom they seized"), the noun the clause
   * describes, which the relative word already stands for ("they" are the rebels); else -1.
   */
  private static int clauseSubject(SentenceGraph g, int pronoun) {
    if (REFLEXIVES.contains(g.lemma(pronoun)) || REFLEXIVES.contains(g.word(pronoun).toLowerCase(Locale.ROOT))) return -1;
    int clause = g.head(pronoun);
    if (g.relation(pronoun).startsWith("nsubj") && clause >= 0 && g.relation(clause).equals("acl:relcl") && g.head(clause) >= 0) {
      return g.head(clause);
    }
    if (!OBJECT_RELATIONS.contains(g.baseRelation(pronoun)) || g.head(pronoun) < 0) return -1;
    Integer subject = g.subject(g.head(pronoun));
    return subject == null ? -1 : subject;
  }

  /** "the ministry": the article and nothing else before the noun. */
  private static boolean isBareDefinite(SentenceGraph g, int head) {
    if (!isDefinite(g, head) || g.token(head).isProperNoun()) return false;
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (!(rel.equals("det") || rel.equals("case") || rel.equals("punct") || rel.startsWith("acl") || g.baseRelation(c).equals("nmod") && c > head)) return false;
    }
    return true;
  }

  private static boolean isDefinite(SentenceGraph g, int head) {
    for (int c : g.children(head)) if (g.relation(c).equals("det") && g.lemma(c).equals("the")) return true;
    // "fired his defence minister": an office held under the possessor is as definite as "the minister"
    for (int c : g.children(head)) if (g.relation(c).equals("nmod:poss") && POSSESSIVES.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) return true;
    return false;
  }

  private static Actor withText(Actor a, String text, Span span) {
    return new Actor(text, a.code(), a.country(), a.agents(), a.name(), span);
  }

  private static ActorResolver.Resolved countryActor(Country c, String agent, String text, Span span, boolean plural) {
    return new ActorResolver.Resolved(new Actor(text, c.code() + agent, c.code(), List.of(agent), null, span),
        Discourse.Kind.GROUP, plural, null);
  }
}
