package harbinger.eval;

import harbinger.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores events coded from the PLOVER gold sentences; each gold record is one one-sentence article.
 *
 * <p>Definitions (R = gold records, E = all produced events; an event belongs to the record it was coded from):
 * <ul>
 *   <li>{@code type_recall} = records where some produced event has the gold PLOVER type / R. Gold draft-0.5
 *       names are read as today's: DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE.
 *       Two codes moved between the versions: easing a curfew or a state of emergency (CAMEO 0813, 0814) is
 *       CONCEDE in the draft, like the rest of 081 "ease administrative sanctions", and RETREAT in the 2021
 *       mapping Harbinger emits; destroying property (1712) is COERCE in the draft, like the rest of 171 "seize or
 *       damage property", and ASSAULT in 2021 (which keeps COERCE's mode "seize" for it). Produced events of those
 *       codes are compared under the draft's type ({@link #goldVersionType}).</li>
 *   <li>{@code triple_recall} = records where some produced event <em>matches</em> / R. An event matches when it
 *       has the gold type, its source actor matches one of the gold source codes and, when the gold lists
 *       targets, its target matches one of the gold target codes ({@link ActorCodes}). For a gold record
 *       marked {@code reciprocal} the reverse direction is accepted too (source among the gold targets and
 *       target among the gold sources).</li>
 *   <li>{@code event_precision} = produced events that match their record's gold event / E.</li>
 *   <li>{@code type_precision} = produced events with their record's gold type / E.</li>
 * </ul>
 * Events of every modality count (a refusal, a threat or a negated event is coded as such by the gold too).
 * Error severities: 3 events produced but none of the gold type; 2 nothing produced; 1 right type with the
 * wrong actors, or an extra event of another type in a record.
 */
public final class PloverScorer {
  private PloverScorer() {}

  /**
   * @param gold the gold records
   * @param produced events by article id (= record id); a record with no entry produced nothing
   */
  public static EvalReport score(List<PloverRecord> gold, Map<String, List<Event>> produced) {
    int typeHits = 0;
    int tripleHits = 0;
    int events = 0;
    int matching = 0;
    int typed = 0;
    List<EvalError> errors = new ArrayList<>();
    for (PloverRecord r : gold) {
      List<Event> es = produced.getOrDefault(r.id(), List.of());
      String type = r.currentType();
      boolean typeHit = false;
      boolean tripleHit = false;
      for (Event e : es) {
        events++;
        boolean t = goldVersionType(e).equals(type);
        boolean m = t && actorsMatch(e, r);
        if (t) { typed++; typeHit = true; }
        if (m) { matching++; tripleHit = true; }
      }
      if (typeHit) typeHits++;
      if (tripleHit) tripleHits++;
      errors.addAll(errors(r, es, typeHit, tripleHit));
    }
    List<Score> scores = List.of(
        new Score("type_recall", typeHits, gold.size()),
        new Score("triple_recall", tripleHits, gold.size()),
        new Score("event_precision", matching, events),
        new Score("type_precision", typed, events));
    return new EvalReport("plover", gold.size(), scores, errors, List.of());
  }

  /** The event's PLOVER type as the draft-0.5 gold names it (see the class comment). */
  static String goldVersionType(Event e) {
    return switch (e.cameo()) {
      case "0813", "0814" -> "CONCEDE";
      case "1712" -> "COERCE";
      default -> e.plover();
    };
  }

  static boolean actorsMatch(Event e, PloverRecord r) {
    boolean direct = ActorCodes.matchesAny(e.source(), r.sources())
        && (r.targets().isEmpty() || ActorCodes.matchesAny(e.target(), r.targets()));
    if (direct || !r.reciprocal() || r.targets().isEmpty()) return direct;
    return ActorCodes.matchesAny(e.source(), r.targets()) && ActorCodes.matchesAny(e.target(), r.sources());
  }

  private static List<EvalError> errors(PloverRecord r, List<Event> es, boolean typeHit, boolean tripleHit) {
    List<EvalError> out = new ArrayList<>();
    String gold = r.currentType() + " " + String.join("+", r.sources()) + "->"
        + (r.targets().isEmpty() ? "-" : String.join("+", r.targets())) + (r.reciprocal() ? " (reciprocal)" : "");
    String produced = es.isEmpty() ? "nothing" : es.stream().map(PloverScorer::show).collect(Collectors.joining("; "));
    if (es.isEmpty()) {
      out.add(new EvalError(r.id(), 2, "no event", gold, produced, r.text()));
    } else if (!typeHit) {
      out.add(new EvalError(r.id(), 3, "wrong type", gold, produced, r.text()));
    } else if (!tripleHit) {
      out.add(new EvalError(r.id(), 1, actorProblem(r, es), gold, produced, r.text()));
    }
    if (typeHit) {
      for (Event e : es) {
        if (!goldVersionType(e).equals(r.currentType()))
          out.add(new EvalError(r.id() + "#" + e.eventId(), 1, "extra event", gold, show(e), r.text()));
      }
    }
    return out;
  }

  /** What is wrong with the actors of the events of the right type. */
  private static String actorProblem(PloverRecord r, List<Event> es) {
    List<Event> typed = es.stream().filter(e -> goldVersionType(e).equals(r.currentType())).toList();
    if (typed.stream().noneMatch(e -> ActorCodes.matchesAny(e.source(), r.sources())
        || r.reciprocal() && ActorCodes.matchesAny(e.source(), r.targets()))) {
      return typed.stream().allMatch(e -> e.source() == null) ? "source missing" : "source wrong";
    }
    return typed.stream().allMatch(e -> e.target() == null) ? "target missing" : "target wrong";
  }

  static String show(Event e) {
    return e.plover() + " " + e.cameo() + " " + ActorCodes.show(e.source()) + "->" + ActorCodes.show(e.target())
        + (e.modality().name().equals("ASSERTED") ? "" : " (" + e.modality().label() + ")");
  }
}
