package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person congratulated "on his election as Sri Lanka's president" (or "as president of Colombia", "as Colombian
 * president") holds, or is about to hold, that office: the named country's government (GOV), whatever an office
 * record dated before the swearing-in says. Only for the object of a congratulation whose "on" phrase is an
 * election or victory carrying the office. Thread-safe (stateless).
 */
final class ElectedOffice {
  private static final Set<String> WINS = Set.of("election", "re-election", "reelection", "victory", "win", "appointment");
  private static final Set<String> OFFICES = Set.of("president", "minister", "premier", "chancellor", "leader");

  private ElectedOffice() {}

  /** The office holder {@code head} names, when a congratulation says which office he was elected to. */
  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, ActorKnowledge knowledge) {
    int v = g.head(head);
    if (v < 0 || !("obj".equals(g.relation(head)) || "iobj".equals(g.relation(head))) || !g.lemma(v).equals("congratulate")) return Optional.empty();
    List<Integer> phrase = NamePhrases.of(g, head);
    String name = PersonNames.personName(g, phrase);
    if (name == null) return Optional.empty();
    for (int on : g.children(v)) {
      if (!g.baseRelation(on).equals("obl") || !"on".equals(g.caseMarker(on)) || !WINS.contains(g.lemma(on))) continue;
      for (int office : g.children(on)) {
        if (!g.baseRelation(office).equals("nmod") || !"as".equals(g.caseMarker(office)) || !OFFICES.contains(g.lemma(office))) continue;
        for (int c : g.children(office)) {
          boolean of = g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c));
          if (!of && !("nmod:poss".equals(g.relation(c)) || "amod".equals(g.relation(c)) || "compound".equals(g.relation(c)))) continue;
          Optional<Country> country = knowledge.findCountry(g.text(NamePhrases.of(g, c).get(0), c));
          if (country.isEmpty()) country = knowledge.findCountry(g.word(c));
          if (country.isEmpty()) continue;
          String code = country.get().code();
          Actor a = new Actor(g.text(phrase.get(0), phrase.get(phrase.size() - 1)), code + "GOV", code, List.of("GOV"), name,
              g.span(phrase.get(0), phrase.get(phrase.size() - 1)));
          return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.PERSON, false, OFFICES.contains(g.lemma(office)) ? g.lemma(office) : null));
        }
      }
    }
    return Optional.empty();
  }
}
