package harbinger.eval;

import static harbinger.eval.Produced.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CameoScorerTest {
  @Test
  void scoresRootThreeDigitAndExactLevels() {
    List<CameoRecord> gold = List.of(
        new CameoRecord("exact", "s1", "0256"),
        new CameoRecord("three", "s2", "0256"),
        new CameoRecord("root", "s3", "0256"),
        new CameoRecord("rootOnly", "s4", "141"),
        new CameoRecord("wrong", "s5", "173"),
        new CameoRecord("none", "s6", "112"));
    var produced = Map.of(
        "exact", List.of(event("exact", "REQUEST", "0256", null, null)),
        "three", List.of(event("three", "REQUEST", "025", null, null)),
        "root", List.of(event("root", "REQUEST", "020", null, null)),
        "rootOnly", List.of(event("rootOnly", "PROTEST", "14", null, null)),
        "wrong", List.of(event("wrong", "COERCE", "172", null, null), event("wrong", "ACCUSE", "112", null, null)));
    EvalReport r = CameoScorer.score(gold, produced);
    assertEquals(new Score("root_recall", 5, 6), r.find("root_recall").orElseThrow());
    assertEquals(new Score("code3_recall", 2, 6), r.find("code3_recall").orElseThrow(), "a root-only code never agrees at 3 digits");
    assertEquals(new Score("exact_recall", 1, 6), r.find("exact_recall").orElseThrow());
    assertEquals(new Score("root_precision", 5, 6), r.find("root_precision").orElseThrow(), "112 is not root 17");
  }

  @Test
  void classifiesErrors() {
    List<CameoRecord> gold = List.of(new CameoRecord("a", "s", "0256"), new CameoRecord("b", "s", "0256"),
        new CameoRecord("c", "s", "0256"), new CameoRecord("d", "s", "0256"));
    var produced = Map.of(
        "a", List.of(event("a", "REQUEST", "0251", null, null)),
        "b", List.of(event("b", "REQUEST", "020", null, null)),
        "c", List.of(event("c", "ACCUSE", "112", null, null)));
    List<String> categories = CameoScorer.score(gold, produced).errors().stream().map(EvalError::category).toList();
    assertEquals(List.of("wrong root", "no event", "right 3 digits, wrong leaf", "right root, wrong code"), categories);
  }
}
