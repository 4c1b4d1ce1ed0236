package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * A state news agency or broadcaster as the doer of an act ("KCNA accused Washington ...", "Syria's state news
 * agency SANA condemned ..."): its state's media ({@code PRKMED}), as an unnamed "state television" already is. The
 * resolver keeps every news outlet out of the actors, and reporting ("KCNA said", "..., IRNA reported") stays a
 * frame: only an event's own subject is looked up here. Stateless.
 */
final class StateMedia {
  private StateMedia() {}

  static Optional<ActorResolver.Resolved> agent(SentenceGraph g, int head, ActorKnowledge knowledge) {
    List<Integer> phrase = NamePhrases.of(g, head);
    for (int len = Math.min(5, phrase.size()); len >= 1; len--) {
      for (int s = 0; s + len <= phrase.size(); s++) {
        int first = phrase.get(s);
        int last = phrase.get(s + len - 1);
        if (last - first != len - 1 || !PhraseCues.capitalised(g, first)) continue;
        Optional<String> state = knowledge.stateMedium(g.text(first, last));
        if (state.isEmpty()) continue;
        int from = phrase.get(0);
        int to = phrase.get(phrase.size() - 1);
        Span span = g.span(from, to);
        Actor a = new Actor(g.text(from, to), state.get() + "MED", state.get(), List.of("MED"), null, span);
        return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.ORGANIZATION, false, null));
      }
    }
    return Optional.empty();
  }
}
