package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Clause heads and dates that ClauseTense would otherwise read through the wrong verb (session 21). Pure functions.
 * <ul>
 *   <li>A copular predicate under a modal ("a roof could be in place by early Thursday", "the miners could be out by
 *       early Thursday") heads its own clause even when the time hangs from it directly: the reporting verb above it
 *       ("officials said") is not the clause's tense. The parser may also make the weekday itself the predicate
 *       ("results could be in by late Friday": "Friday" with "could" and "be" as its children).</li>
 *   <li>A date on the object of a verb of setting or planning whose act is dated in the past by its own time ("set the
 *       Jan. 15 deadline in November", "set the Dec. 23 target ... last week") need not lie ahead of publication: it
 *       lies after the setting, which is over; the date's own year stands.</li>
 * </ul>
 */
final class ModalPredicates {
  private ModalPredicates() {}

  private static final Set<String> SETTING = Set.of("set", "fix", "plan", "schedule", "call", "announce", "propose",
      "arrange", "slate", "book", "organize", "organise", "impose", "give");
  private static final Set<String> DATE_NER = Set.of("DATE", "TIME");

  /** Does predicate {@code k} have a copula and a modal auxiliary ("could be in place")? */
  static boolean modal(Sentence s, int k) {
    if (k < 0) return false;
    boolean cop = false;
    boolean md = false;
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("cop")) cop = true;
      if (c.relation().equals("aux") && s.token(c.dependent()).pos().equals("MD")) md = true;
    }
    return cop && md;
  }

  /** The token of the expression that the parser made a modal copular predicate ("could be in by late Friday"), or -1. */
  static int ownPredicate(Sentence s, Timex t) {
    for (int i = t.beginToken(); i < t.endToken(); i++) if (modal(s, i)) return i;
    return -1;
  }

  /**
   * Is the expression, below verb {@code k} through the noun {@code head}, on the object of a simple-past verb of
   * setting that has a date of its own ("set the Jan. 15 deadline in November")?
   */
  static boolean datedSetting(Sentence s, Timex t, int head, int k) {
    if (k < 0 || head < 0 || head == k) return false;
    Token verb = s.token(k);
    if (!verb.pos().equals("VBD") || !SETTING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
    Dependency object = s.headOf(head);
    if (object == null || object.governor() != k || !object.relation().equals("obj")) return false;
    for (Dependency c : s.children(k)) {
      int d = c.dependent();
      if (d >= t.beginToken() && d < t.endToken() || !c.relation().matches("obl|obl:tmod")) continue;
      if (DATE_NER.contains(s.token(d).ner())) return true;
    }
    return false;
  }
}
