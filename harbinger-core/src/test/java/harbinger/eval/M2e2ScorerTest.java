package harbinger.eval;

import static harbinger.eval.Produced.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class M2e2ScorerTest {
  private static final CameoToM2e2 TABLE = CameoToM2e2.loadDefault();

  private static M2e2Record sentence(String id, String... types) {
    return new M2e2Record(id, "doc", Integer.parseInt(id.substring(1)), "text of " + id, List.of(types));
  }

  @Test
  void scoresSentenceTypePairsOverAllSentencesMicroAveraged() {
    List<M2e2Record> gold = List.of(
        sentence("s0", "Conflict:Attack", "Conflict:Attack"),
        sentence("s1"),
        sentence("s2", "Contact:Meet"),
        sentence("s3", "Justice:Arrest-Jail"));
    Map<String, List<Event>> produced = Map.of(
        "s0", List.of(at("doc", "ASSAULT", "190", null, null, 1), at("doc", "ASSAULT", "183", null, null, 5)),
        "s1", List.of(at("doc", "PROTEST", "141", null, null, 20)),
        "s2", List.of(at("doc", "REQUEST", "100", null, null, 40)));
    EvalReport r = M2e2Scorer.score(gold, produced, TABLE);
    // TP: (s0, Attack); FP: (s1, Demonstrate); FN: (s2, Meet), (s3, Arrest-Jail). 100 maps to nothing.
    assertEquals(new Score("precision", 1, 2), r.find("precision").orElseThrow());
    assertEquals(new Score("recall", 1, 3), r.find("recall").orElseThrow());
    assertEquals(new Score("f1", 2, 5), r.find("f1").orElseThrow());
    assertEquals(new Score("f1[Conflict:Attack]", 2, 2), r.find("f1[Conflict:Attack]").orElseThrow());
    assertEquals(List.of("spurious Conflict:Demonstrate", "missed Contact:Meet", "missed Justice:Arrest-Jail"),
        r.errors().stream().map(EvalError::category).toList());
  }

  @Test
  void anEventTriggeredByAKillingIsADeathNotAnAttack() {
    String text = "Gunmen killed five soldiers and attacked a checkpoint.";
    Event killed = withTrigger(text, "killed", "190");
    Event attacked = withTrigger(text, "attacked", "190");
    assertTrue(M2e2Scorer.isDeathOrInjury(killed));
    assertTrue(!M2e2Scorer.isDeathOrInjury(attacked));
    EvalReport onlyKilled = M2e2Scorer.score(List.of(sentence("s0", "Life:Die")), Map.of("s0", List.of(killed)), TABLE);
    assertEquals(new Score("precision", 0, 0), onlyKilled.find("precision").orElseThrow());
    EvalReport both = M2e2Scorer.score(List.of(sentence("s0", "Conflict:Attack", "Life:Die")),
        Map.of("s0", List.of(killed, attacked)), TABLE);
    assertEquals(new Score("precision", 1, 1), both.find("precision").orElseThrow());
  }

  private static Event withTrigger(String text, String word, String cameo) {
    int at = 10 + text.indexOf(word);
    return new Event("doc", "doc-" + at, 0, text, new harbinger.model.Span(10, 10 + text.length()),
        new harbinger.model.Span(at, at + word.length()), null, null, null, null, cameo, "ASSAULT", null, 4, -10,
        harbinger.model.Modality.ASSERTED, null, null, List.of(), null, 0.9);
  }

  @Test
  void leavesUnscoredTypesOutAndSaysSo() {
    EvalReport r = M2e2Scorer.score(List.of(sentence("s0", "Life:Die", "Movement:Transport")), Map.of(), TABLE);
    assertEquals(0, r.find("recall").orElseThrow().denominator());
    assertTrue(r.notes().get(0).contains("Life:Die=1"), r.notes().toString());
  }
}
