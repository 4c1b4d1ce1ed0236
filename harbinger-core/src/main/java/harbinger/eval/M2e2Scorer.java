package harbinger.eval;

import harbinger.model.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores sentence-level event detection on the M2E2 sentences.
 *
 * <p>Definitions. The unit is a pair (gold sentence id, event type) over the six scored types
 * ({@link CameoToM2e2#SCORED}); Life:Die and Movement:Transport are not scored. Gold units are the types of the
 * sentence's gold events (a type that occurs twice in a sentence is one unit). Produced units are the types of
 * the events coded in the sentence, each produced CAMEO code mapped through {@link CameoToM2e2} and refined by the
 * trigger word as ACE types events ({@link AceTriggerTypes}): a killing or wounding ("killed", "wounded") is an
 * unscored Life:Die or Life:Injure, a 173 "charged" or "sentenced" an unscored judicial event rather than an
 * Arrest-Jail, and a 03x/04x "will meet with" a Contact:Meet. Events with no type produce no unit. Every sentence counts, including the event-free ones (gold
 * negatives), so spurious units there lower precision. TP = units in both, FP = produced only,
 * FN = gold only, all summed over every sentence (micro average):
 * {@code precision} = TP / (TP + FP), {@code recall} = TP / (TP + FN), {@code f1} = 2·TP / (2·TP + FP + FN);
 * {@code f1[Type]} is the same per type. Error severities: 2 spurious unit, 1 missed unit.
 */
public final class M2e2Scorer {
  private M2e2Scorer() {}

  /** @param produced events by gold sentence id */
  public static EvalReport score(List<M2e2Record> gold, Map<String, List<Event>> produced, CameoToM2e2 table) {
    Map<String, int[]> perType = new LinkedHashMap<>(); // type -> {tp, fp, fn}
    for (String t : CameoToM2e2.SCORED) perType.put(t, new int[3]);
    Map<String, Integer> unscored = new TreeMap<>();
    List<EvalError> errors = new ArrayList<>();
    for (M2e2Record r : gold) {
      Set<String> g = new LinkedHashSet<>();
      for (String t : r.eventTypes()) {
        if (perType.containsKey(t)) g.add(t);
        else unscored.merge(t, 1, Integer::sum);
      }
      Map<String, List<Event>> p = new LinkedHashMap<>();
      for (Event e : produced.getOrDefault(r.id(), List.of())) {
        AceTriggerTypes.typeOf(e, table).ifPresent(t -> p.computeIfAbsent(t, k -> new ArrayList<>()).add(e));
      }
      for (String t : CameoToM2e2.SCORED) {
        boolean inGold = g.contains(t);
        boolean inProduced = p.containsKey(t);
        int[] c = perType.get(t);
        if (inGold && inProduced) c[0]++;
        else if (inProduced) {
          c[1]++;
          String from = p.get(t).stream().map(PloverScorer::show).reduce((a, b) -> a + "; " + b).orElse("");
          errors.add(new EvalError(r.id() + "#" + t, 2, "spurious " + t, gold(g), from, r.text()));
        } else if (inGold) {
          c[2]++;
          errors.add(new EvalError(r.id() + "#" + t, 1, "missed " + t, gold(g), produced(r, produced), r.text()));
        }
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : perType.values()) { tp += c[0]; fp += c[1]; fn += c[2]; }
    List<Score> scores = new ArrayList<>(List.of(
        new Score("precision", tp, tp + fp),
        new Score("recall", tp, tp + fn),
        new Score("f1", 2 * tp, 2 * tp + fp + fn)));
    perType.forEach((t, c) -> scores.add(new Score("f1[" + t + "]", 2 * c[0], 2 * c[0] + c[1] + c[2])));
    List<String> notes = new ArrayList<>();
    if (!unscored.isEmpty()) notes.add("not scored (no CAMEO counterpart): " + unscored + " gold events");
    return new EvalReport("m2e2", gold.size(), scores, errors, notes);
  }

  /**
   * ACE decides an event's type by its trigger word: "killed" is a Life:Die trigger, "attacked" an Attack
   * trigger. The coder codes "X killed five soldiers" as CAMEO 19 (as the codebook does), but its trigger is a
   * killing, so it is a Life:Die unit here, which is not scored. See {@link AceTriggerTypes} for all the rules.
   */
  static boolean isDeathOrInjury(Event e) { return AceTriggerTypes.isDeathOrInjury(e); }

  private static String gold(Set<String> types) { return types.isEmpty() ? "no scored event" : String.join(", ", types); }

  private static String produced(M2e2Record r, Map<String, List<Event>> produced) {
    List<Event> es = produced.getOrDefault(r.id(), List.of());
    return es.isEmpty() ? "nothing" : es.stream().map(PloverScorer::show).reduce((a, b) -> a + "; " + b).orElse("");
  }
}
