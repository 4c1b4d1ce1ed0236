package harbinger.eval;

import harbinger.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores events coded from the CAMEO manual examples; each gold record is one one-sentence article with one
 * gold CAMEO code.
 *
 * <p>Definitions (R = gold records, E = all produced events):
 * <ul>
 *   <li>{@code root_recall} = records where some produced event has the gold root (first two digits) / R;</li>
 *   <li>{@code code3_recall} = records where some produced event agrees with the gold code in its first three
 *       digits / R (a produced root-only code such as "14" never agrees at this level);</li>
 *   <li>{@code exact_recall} = records where some produced event has exactly the gold code / R;</li>
 *   <li>{@code root_precision} = produced events whose root equals their record's gold root / E.</li>
 * </ul>
 * Actors are not scored (the gold has none). Error severities: 3 events produced but none with the gold root;
 * 2 nothing produced; 1 right root but no event with the right 3-digit code, or right 3 digits but not the
 * exact 4-digit code.
 */
public final class CameoScorer {
  private CameoScorer() {}

  /** @param produced events by article id (= record id) */
  public static EvalReport score(List<CameoRecord> gold, Map<String, List<Event>> produced) {
    int root = 0;
    int three = 0;
    int exact = 0;
    int events = 0;
    int rootEvents = 0;
    List<EvalError> errors = new ArrayList<>();
    for (CameoRecord r : gold) {
      List<Event> es = produced.getOrDefault(r.id(), List.of());
      boolean rootHit = false;
      boolean threeHit = false;
      boolean exactHit = false;
      for (Event e : es) {
        events++;
        if (e.cameoRoot().equals(r.root())) { rootEvents++; rootHit = true; }
        if (e.cameo().length() >= 3 && e.cameo().substring(0, 3).equals(r.code().substring(0, 3))) threeHit = true;
        if (e.cameo().equals(r.code())) exactHit = true;
      }
      if (rootHit) root++;
      if (threeHit) three++;
      if (exactHit) exact++;
      String produced1 = es.isEmpty() ? "nothing" : es.stream().map(PloverScorer::show).collect(Collectors.joining("; "));
      if (es.isEmpty()) errors.add(new EvalError(r.id(), 2, "no event", r.code(), produced1, r.text()));
      else if (!rootHit) errors.add(new EvalError(r.id(), 3, "wrong root", r.code(), produced1, r.text()));
      else if (!threeHit) errors.add(new EvalError(r.id(), 1, "right root, wrong code", r.code(), produced1, r.text()));
      else if (!exactHit) errors.add(new EvalError(r.id(), 1, "right 3 digits, wrong leaf", r.code(), produced1, r.text()));
    }
    List<Score> scores = List.of(
        new Score("root_recall", root, gold.size()),
        new Score("code3_recall", three, gold.size()),
        new Score("exact_recall", exact, gold.size()),
        new Score("root_precision", rootEvents, events));
    return new EvalReport("cameo", gold.size(), scores, errors, List.of());
  }
}
