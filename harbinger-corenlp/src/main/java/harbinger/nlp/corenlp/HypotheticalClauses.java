package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Clauses whose past-tense form does not place their time in the past, for ClauseTense (session 17):
 * <ul>
 *   <li>an open condition in a simple past ("heating oil would cost more if the standoff dragged on into the winter",
 *       "warned that if heavy rain fell in the spring, hillsides could slide"): the "if" clause speaks of what may
 *       yet happen, so its time lies ahead; a pluperfect or "would have" condition ("if it had rained in May") is
 *       a past one and is left alone;</li>
 *   <li>a passive of expecting ("the first flight was expected before Tuesday"): what was expected lies ahead of the
 *       expectation, as for the active "said it expected strong demand before Christmas".</li>
 * </ul>
 * Pure functions over the mapped records.
 */
final class HypotheticalClauses {
  private HypotheticalClauses() {}

  private static final Set<String> EXPECTING = Set.of("expect", "forecast", "predict", "anticipate", "project");

  /** Is clause verb {@code k} a simple-past "if" condition (an adverbial clause marked "if" without auxiliary)? */
  static boolean openCondition(Sentence s, int k) {
    if (k < 0 || !s.token(k).pos().equals("VBD")) return false;
    Dependency up = s.headOf(k);
    if (up == null || !up.relation().equals("advcl") || up.governor() < 0) return false;
    boolean marked = false;
    for (Dependency c : s.children(k)) {
      Token w = s.token(c.dependent());
      if (c.relation().startsWith("aux")) return false;
      if (c.relation().equals("mark") && w.word().equalsIgnoreCase("if")) marked = true;
    }
    if (!marked) return false;
    if (!s.token(up.governor()).pos().equals("VBN")) return true; // "would have to keep stockpiling if" still lies ahead
    for (Dependency c : s.children(up.governor())) { // "would have cost ... if": a condition that did not hold
      if (c.relation().startsWith("aux") && s.token(c.dependent()).lemma().equalsIgnoreCase("have")) return false;
    }
    return true;
  }

  /** Is clause verb {@code k} a past passive of expecting ("was expected", "were forecast")? */
  static boolean expectedPassive(Sentence s, int k) {
    if (k < 0 || !s.token(k).pos().equals("VBN") || !EXPECTING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) return false;
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("aux:pass") && s.token(c.dependent()).pos().equals("VBD")) return true;
    }
    return false;
  }
}
