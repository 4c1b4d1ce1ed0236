package harbinger.eval;

import static harbinger.eval.Produced.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import harbinger.model.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PloverScorerTest {
  private static PloverRecord gold(String id, String type, List<String> sources, List<String> targets, boolean reciprocal) {
    return new PloverRecord(id, "sentence " + id, type, sources, targets, reciprocal, null);
  }

  private static Score score(EvalReport r, String name) { return r.find(name).orElseThrow(); }

  @Test
  void countsTypeAndTripleRecallPerRecord() {
    List<PloverRecord> gold = List.of(
        gold("a", "ASSAULT", List.of("ISR"), List.of("PSE"), false),
        gold("b", "PROTEST", List.of("FRA"), List.of(), false),
        gold("c", "AGREE", List.of("USA"), List.of("RUS"), false));
    Map<String, List<Event>> produced = Map.of(
        "a", List.of(event("a", "ASSAULT", "190", "ISRMIL", "PSEREB")),
        "b", List.of(event("b", "PROTEST", "141", "DEUCVL", null)),
        "c", List.of());
    EvalReport r = PloverScorer.score(gold, produced);
    assertEquals(new Score("type_recall", 2, 3), score(r, "type_recall"));
    assertEquals(new Score("triple_recall", 1, 3), score(r, "triple_recall"));
    assertEquals(new Score("event_precision", 1, 2), score(r, "event_precision"));
    assertEquals(new Score("type_precision", 2, 2), score(r, "type_precision"));
  }

  @Test
  void readsDraftTypeNamesAsTodaysNames() {
    List<PloverRecord> gold = List.of(
        gold("a", "DEMAND", List.of("GBR"), List.of(), false),
        gold("b", "FIGHT", List.of("SDN"), List.of(), false),
        gold("c", "DISAPPROVE", List.of("USA"), List.of(), false),
        gold("d", "INVESTIGATE", List.of("IGO"), List.of(), false));
    Map<String, List<Event>> produced = Map.of(
        "a", List.of(event("a", "REQUEST", "100", "GBRGOV", null)),
        "b", List.of(event("b", "ASSAULT", "193", "SDNREB", null)),
        "c", List.of(event("c", "ACCUSE", "112", "USAGOV", null)),
        "d", List.of(event("d", "ACCUSE", "090", "IGOUNO", null)));
    assertEquals(new Score("triple_recall", 4, 4), score(PloverScorer.score(gold, produced), "triple_recall"));
  }

  @Test
  void requiresTheTargetOnlyWhenTheGoldHasOne() {
    List<PloverRecord> gold = List.of(
        gold("a", "THREATEN", List.of("IRQ"), List.of("USA"), false),
        gold("b", "THREATEN", List.of("IRQ"), List.of(), false));
    Map<String, List<Event>> produced = Map.of(
        "a", List.of(event("a", "THREATEN", "138", "IRQGOV", null)),
        "b", List.of(event("b", "THREATEN", "138", "IRQGOV", null)));
    EvalReport r = PloverScorer.score(gold, produced);
    assertEquals(new Score("triple_recall", 1, 2), score(r, "triple_recall"));
    assertEquals("target missing", r.errors().get(0).category());
  }

  @Test
  void acceptsTheReverseDirectionOnlyForReciprocalRecords() {
    Event reversed = event("x", "CONSULT", "040", "JORGOV", "GBRGOV");
    EvalReport mutual = PloverScorer.score(List.of(gold("x", "CONSULT", List.of("GBR"), List.of("JOR"), true)),
        Map.of("x", List.of(reversed)));
    EvalReport oneWay = PloverScorer.score(List.of(gold("x", "CONSULT", List.of("GBR"), List.of("JOR"), false)),
        Map.of("x", List.of(reversed)));
    assertEquals(1, score(mutual, "triple_recall").numerator());
    assertEquals(0, score(oneWay, "triple_recall").numerator());
  }

  @Test
  void matchesGroupCodesByWholeCodePrefixAndCountriesByCountry() {
    List<PloverRecord> gold = List.of(
        gold("a", "REQUEST", List.of("IGO"), List.of("SDN"), false),
        gold("b", "REQUEST", List.of("IGO"), List.of("SDN"), false),
        gold("c", "SANCTION", List.of("JAP"), List.of(), false),
        gold("d", "REQUEST", List.of("IGO"), List.of("SDN"), false));
    Map<String, List<Event>> produced = Map.of(
        "a", List.of(event("a", "REQUEST", "100", "IGOUNO", "SDNGOV")),
        "b", List.of(event("b", "REQUEST", "100", "NGOHRIAMN", "SDNGOV")),
        "c", List.of(event("c", "SANCTION", "163", "JPNGOV", null)),
        "d", List.of(event("d", "REQUEST", "100", "USANGO", "SDNGOV")));
    EvalReport r = PloverScorer.score(gold, produced);
    assertEquals(new Score("triple_recall", 3, 4), score(r, "triple_recall"),
        "IGO matches IGOUNO and a transnational NGO (the gold has no NGO code), not a national NGO; JAP is JPN");
    assertEquals("source wrong", r.errors().get(0).category());
  }

  @Test
  void readsCodesThatMovedSinceTheDraftUnderTheDraftsTypes() {
    List<PloverRecord> gold = List.of(
        gold("a", "CONCEDE", List.of("SRB"), List.of(), false),
        gold("b", "RETREAT", List.of("SRB"), List.of(), false),
        gold("c", "COERCE", List.of("ISR"), List.of(), false));
    Map<String, List<Event>> produced = Map.of(
        "a", List.of(event("a", "RETREAT", "0813", "SRBGOV", null)),
        "b", List.of(event("b", "RETREAT", "0814", "SRBGOV", null)),
        "c", List.of(event("c", "ASSAULT", "1712", "ISRMIL", null)));
    EvalReport r = PloverScorer.score(gold, produced);
    assertEquals(new Score("type_recall", 2, 3), score(r, "type_recall"));
    assertEquals(List.of("b"), r.errors().stream().map(EvalError::unit).toList(), "0814 is no RETREAT in the draft");
  }

  @Test
  void ranksWrongTypesAboveMissesAboveActorErrors() {
    List<PloverRecord> gold = List.of(
        gold("miss", "PROTEST", List.of("FRA"), List.of(), false),
        gold("actors", "PROTEST", List.of("FRA"), List.of(), false),
        gold("type", "PROTEST", List.of("FRA"), List.of(), false));
    Map<String, List<Event>> produced = Map.of(
        "actors", List.of(event("actors", "PROTEST", "141", null, null)),
        "type", List.of(event("type", "ACCUSE", "112", "FRACVL", null)));
    List<EvalError> errors = PloverScorer.score(gold, produced).errors();
    assertEquals(List.of("type", "miss", "actors"), errors.stream().map(EvalError::unit).toList());
    assertEquals(List.of("wrong type", "no event", "source missing"), errors.stream().map(EvalError::category).toList());
  }

  @Test
  void listsExtraEventsOfOtherTypesInAnotherwiseRightRecord() {
    Map<String, List<Event>> produced = Map.of("a", List.of(
        event("a", "PROTEST", "141", "FRACVL", null), event("a", "ASSAULT", "190", "FRACOP", null)));
    EvalReport r = PloverScorer.score(List.of(gold("a", "PROTEST", List.of("FRA"), List.of(), false)), produced);
    assertEquals(List.of("extra event"), r.errors().stream().map(EvalError::category).toList());
    assertEquals(new Score("event_precision", 1, 2), score(r, "event_precision"));
  }

  @Test
  void leavesPrecisionUndefinedWhenNothingIsProduced() {
    EvalReport r = PloverScorer.score(List.of(gold("a", "AID", List.of("USA"), List.of(), false)), Map.of());
    assertEquals(false, score(r, "event_precision").defined());
    assertEquals(0.0, score(r, "type_recall").value());
  }
}
