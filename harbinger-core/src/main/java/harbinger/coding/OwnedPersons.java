package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * People named by whom they work for: in "Hillary Clinton's campaign chairman, John Podesta" the person is Podesta,
 * and Clinton only the owner of his role. The owner's names are not the person's ({@link #owned}); when the owner
 * is a person and the phrase names someone else, that someone takes the owner's code under his own name
 * ({@link #person}), so a later "he" carries Podesta, not Clinton. Stateless.
 */
final class OwnedPersons {
  private OwnedPersons() {}

  /** Is token {@code i} inside the possessor of a common noun ("Clinton" in "Clinton's campaign chairman")? */
  static boolean owned(SentenceGraph g, int i) {
    for (int k = i; k >= 0; k = g.head(k)) {
      if (g.relation(k).equals("nmod:poss") && g.head(k) >= 0 && g.token(g.head(k)).isNoun() && !g.token(g.head(k)).isProperNoun()) return true;
    }
    return false;
  }

  /**
   * The person a role phrase names when its owner {@code body} is a person ("Clinton's campaign chairman, John
   * Podesta"): the owner's code with the other name; the owner itself when the phrase names nobody else.
   */
  static ActorResolver.Resolved person(SentenceGraph g, List<Integer> phrase, ActorResolver.Resolved body, String text, Span span) {
    if (body.kind() != Discourse.Kind.PERSON) return body;
    @Nullable String name = PersonNames.personName(g, phrase);
    Actor a = body.actor();
    if (name == null || name.equals(a.name())) return body;
    return new ActorResolver.Resolved(new Actor(text, a.code(), a.country(), a.agents(), name, span), Discourse.Kind.PERSON, false, null);
  }
}
