package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Speakers the parser took for something else, in two configurations the correct analysis cannot have. Pure functions
 * over a {@link SentenceGraph}, for {@link QuoteSpeakers}.
 * <ul>
 *   <li>A fronted place phrase ("Outside parliament, hundreds of protesters chanted", "At King's Cross, a commuter who
 *       ... said") made the verb's subject or left as its oblique, with the real subject hung on it as an apposition
 *       after the comma: the apposition speaks.</li>
 *   <li>A reporting verb made an adverbial clause of a relative clause, its "subject" the object of a preposition
 *       the parser took for a clause mark ("A factory worker who was questioned by police after an earlier march said
 *       ..."): a finite verb of saying is no clause of "after", and the relative clause's antecedent speaks.</li>
 * </ul>
 */
final class MisreadSubjects {
  private MisreadSubjects() {}

  /** Words that open a fronted place phrase, as case or as the adjective the parser made of them ("Outside"). */
  private static final Set<String> PLACE_WORDS = Set.of("at", "in", "outside", "inside", "near", "on", "from", "across",
      "around", "behind", "beside", "opposite");
  private static final Set<String> PREPOSITION_MARKS = Set.of("after", "before", "during", "following", "since", "near");

  /** The apposition of a fronted place phrase taken for verb {@code v}'s subject or oblique, or null. */
  static @Nullable Integer frontedPlace(SentenceGraph g, int v) {
    Integer subject = g.subject(v);
    Integer place = subject != null && subject < v ? subject : null;
    if (place == null) {
      for (int c : g.children(v)) if (c < v && g.baseRelation(c).equals("obl")) place = c;
    }
    if (place == null || !opensWithPlaceWord(g, place)) return null;
    for (int c : g.children(place)) {
      if (c > place && c < v && g.relation(c).equals("appos")
          && commaBetween(g, place, c) && g.token(c).isNoun() && !g.nonActor(c)) return c;
    }
    return null;
  }

  /** The antecedent of the relative clause a reporting verb {@code v} was hung from through a false clause mark. */
  static @Nullable Integer markedRelative(SentenceGraph g, int v) {
    if (!g.token(v).pos().matches("VBD|VBZ|VBP") || !g.baseRelation(v).equals("advcl")) return null;
    Integer mark = g.child(v, "mark");
    Integer subject = g.subject(v);
    if (mark == null || subject == null || !PREPOSITION_MARKS.contains(g.lemma(mark)) || mark > subject) return null;
    int clause = g.head(v);
    if (clause < 0 || !g.relation(clause).equals("acl:relcl")) return null;
    int antecedent = g.head(clause);
    return antecedent >= 0 && antecedent < clause && g.token(antecedent).isNoun() ? antecedent : null;
  }

  private static boolean opensWithPlaceWord(SentenceGraph g, int place) {
    int first = place;
    for (int c : g.children(place)) if (c < first) first = c;
    if (first != 0 && !(first == 1 && g.token(0).pos().matches("CC|RB"))) return false;
    for (int c : g.children(place)) {
      if (c < place && g.baseRelation(c).matches("case|amod|advmod") && PLACE_WORDS.contains(g.lemma(c))) return true;
    }
    return false;
  }

  private static boolean commaBetween(SentenceGraph g, int a, int b) {
    for (int i = a + 1; i < b; i++) if (g.word(i).equals(",")) return true;
    return false;
  }
}
