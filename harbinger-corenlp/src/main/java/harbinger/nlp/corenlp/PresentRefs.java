package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Today" and "these days" meaning the present age rather than the publication day: TimeML's {@code PRESENT_REF}.
 * Pure functions over the mapped records.
 * <ul>
 *   <li>"Today" opening a sentence (after an opening quote mark too) as an adverb of a present-tense clause, "Today,
 *       weeds grow through the floor", "Today visitors expect more": the present, not the day. "Today went better than
 *       we feared" (its subject) and "Today, the minister met ..." (a past clause) stay the publication day.</li>
 *   <li>"these days" and "nowadays", which SUTime reads as the duration "days" or leaves out.</li>
 *   <li>"recent years" and "recent decades" ("has grown in recent years"), which SUTime reads as the duration
 *       {@code PXY}: TimeML's {@code PAST_REF}, the past up to now. "recent weeks" and "recent days" stay
 *       durations, as the TempEval-3 gold annotates them.</li>
 * </ul>
 */
final class PresentRefs {
  private PresentRefs() {}

  private static final java.util.regex.Pattern RECENT = java.util.regex.Pattern.compile("(?i)(?:the )?(?:most )?recent (?:years|decades)");

  /** The sentence with its present-age expressions valued {@code PRESENT_REF}, or {@code s} itself. */
  static Sentence apply(Sentence s) {
    List<Timex> out = new ArrayList<>(s.timexes().size() + 1);
    boolean changed = false;
    for (Timex t : s.timexes()) {
      if (t.text().strip().equalsIgnoreCase("today") && !"PRESENT_REF".equals(t.value()) && presentAge(s, t.beginToken())) {
        out.add(new Timex(t.text(), t.beginToken(), t.endToken(), "DATE", "PRESENT_REF"));
        changed = true;
      } else if (RECENT.matcher(t.text().strip()).matches()) {
        out.add(new Timex(t.text(), t.beginToken(), t.endToken(), "DATE", "PAST_REF"));
        changed = true;
      } else {
        out.add(t);
      }
    }
    for (int i = 0; i < s.tokens().size(); i++) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      int end = w.equals("nowadays") ? i + 1
          : w.equals("these") && i + 1 < s.tokens().size() && s.token(i + 1).word().equalsIgnoreCase("days") ? i + 2 : -1;
      if (end < 0) continue;
      final int begin = i;
      final int stop = end;
      out.removeIf(t -> t.beginToken() < stop && begin < t.endToken());
      out.add(new Timex(words(s, begin, end), begin, end, "DATE", "PRESENT_REF"));
      changed = true;
    }
    if (!changed) return s;
    out.sort(Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return s.withTimexes(out);
  }

  /** Is "today" at {@code k} the opening adverb of a present-tense clause? */
  private static boolean presentAge(Sentence s, int k) {
    for (int i = 0; i < k; i++) if (!s.token(i).pos().matches("``|''|-LRB-|\"")) return false;
    Dependency d = s.headOf(k);
    if (d == null || d.governor() < 0 || d.relation().startsWith("nsubj")) return false;
    int v = d.governor();
    Token verb = s.token(v);
    boolean present = verb.pos().matches("VBZ|VBP");
    for (Dependency c : s.children(v)) {
      if (!c.relation().startsWith("aux") && !c.relation().equals("cop")) continue;
      Token aux = s.token(c.dependent());
      if (aux.pos().equals("MD") || aux.pos().equals("VBD")) return false; // "will meet", "was told"
      if (aux.pos().matches("VBZ|VBP")) present = true;
    }
    return present;
  }

  private static String words(Sentence s, int begin, int end) {
    int from = s.token(begin).begin() - s.begin();
    int to = s.token(end - 1).end() - s.begin();
    return s.text().substring(from, to);
  }
}
