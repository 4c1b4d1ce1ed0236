package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An office holder named with the adjective or name of a historic federal state he served ("Yugoslav President
 * Slobodan Milosevic", "Soviet Foreign Minister Eduard Shevardnadze", "Czechoslovak President Vaclav Havel") acts
 * for that state, as "the Yugoslav army" does, even when his office record files him under the successor republic
 * (Milosevic under Serbia). The words of the mention decide: "Serbian President Milan Milutinovic" stays SRB, and a
 * bare "Milosevic" keeps his record's country. This keeps the Yugoslavia/Serbia convention the same whether a
 * mention is resolved by its adjective, its country name or an office record. The historic states are the ended
 * states of {@code ended-states.tsv} ({@link ActorKnowledge#hasEnded}). Thread-safe (stateless).
 */
final class HistoricStates {
  private HistoricStates() {}

  static ActorResolver.Resolved named(SentenceGraph g, List<Integer> phrase, ActorResolver.Resolved person, ActorKnowledge knowledge) {
    Actor a = person.actor();
    if (a.country() == null || knowledge.hasEnded(a.country())) return person;
    for (int i : phrase) {
      if (!PhraseCues.capitalised(g, i) || !(g.token(i).pos().startsWith("JJ") || g.token(i).isProperNoun())) continue;
      Optional<Country> c = knowledge.findCountryByAdjective(g.word(i)).or(() -> knowledge.findCountry(g.word(i)));
      if (c.isEmpty() || !knowledge.hasEnded(c.get().code())) continue;
      String code = c.get().code();
      // "Former Soviet leader Mikhail Gorbachev" in 1994: a former holder already placed in the state that continues
      // the ended one (SuccessorStates) is a public figure of that state, whatever adjective names his old office
      if (a.agents().contains("ELI") && knowledge.continuation(code, LocalDate.MAX).map(Country::code)
          .filter(a.country()::equals).isPresent()) return person;
      String newCode = a.code().startsWith(a.country()) ? code + a.code().substring(a.country().length()) : a.code();
      return new ActorResolver.Resolved(new Actor(a.text(), newCode, code, a.agents(), a.name(), a.span()),
          person.kind(), person.plural(), person.title());
    }
    return person;
  }
}
