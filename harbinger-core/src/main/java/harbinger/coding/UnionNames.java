package harbinger.coding;

import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A union federation named in full, "the Congress of South African Trade Unions", "the Korean Confederation of Trade
 * Unions": a proper-noun head whose "of" phrase is "(Trade) Unions" is the labour movement (LAB) of the country its
 * name gives, not the legislature a shared word like "Congress" would otherwise name. Stateless.
 */
final class UnionNames {
  private UnionNames() {}

  /**
   * The union federation headed by {@code head}, or empty when the head is no such name or its words name no country.
   *
   * @param countryOf the country that a list of tokens names, if any
   */
  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, String text, Span span,
                                                  Function<List<Integer>, Optional<Country>> countryOf) {
    if (!g.token(head).isProperNoun() || !namesUnions(g, head)) return Optional.empty();
    BitSet sub = g.subtree(head);
    List<Integer> words = new ArrayList<>();
    for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
      if (g.token(k).isProperNoun() || g.token(k).pos().startsWith("JJ")) words.add(k);
    }
    Optional<Country> country = countryOf.apply(words);
    if (country.isEmpty()) return Optional.empty();
    String code = country.get().code();
    Actor a = new Actor(text, code + "LAB", code, List.of("LAB"), null, span);
    return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.ORGANIZATION, false, null));
  }

  private static boolean namesUnions(SentenceGraph g, int head) {
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c)) || !g.token(c).isProperNoun()) continue;
      String w = g.word(c).toLowerCase(Locale.ROOT);
      if (w.equals("unions")) return true; // not "the Council of the European Union"
    }
    return false;
  }
}
