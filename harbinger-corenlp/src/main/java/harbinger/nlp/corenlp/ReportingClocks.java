package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import java.util.Locale;
import java.util.Set;

/**
 * A bare clock time on a verb of reporting ("Radio Free Europe reported at noon that ...", "told a news conference at
 * noon"): the news of the story's own day, not a moment of the day the sentence before narrated ("The uprising began
 * on Dec. 16, ... ."), so {@link ClockTimes#anchor} does not carry that day to it (session 20). Pure functions.
 */
final class ReportingClocks {
  private ReportingClocks() {}

  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "confirm", "state", "declare",
      "add", "brief", "insist", "deny", "claim", "warn");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Does the bare clock time {@code t} date a verb of reporting in the simple past or present? */
  static boolean reported(Sentence s, Timex t) {
    int k = -1;
    for (int i = t.beginToken(); i < t.endToken() && k < 0; i++) {
      Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) k = d.governor();
    }
    for (int steps = 0; k >= 0 && TIME_NER.contains(s.token(k).ner()) && steps < 3; steps++) {
      Dependency d = s.headOf(k);
      k = d == null ? -1 : d.governor();
    }
    if (k < 0 || !s.token(k).pos().matches("VBD|VBZ|VBP")) return false;
    for (Dependency c : s.children(k)) if (c.relation().startsWith("aux")) return false;
    return REPORTING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT));
  }
}
