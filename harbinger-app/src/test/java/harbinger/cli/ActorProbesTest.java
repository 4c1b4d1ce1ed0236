package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorProbesTest {
  private final List<ActorProbes.Probe> probes = ActorProbes.load(ActorProbes.RESOURCE);

  @Test
  void probeFileHasAtLeast200SentencesInSeveralKinds() {
    assertTrue(probes.size() >= 200, () -> "only " + probes.size() + " probes");
    assertTrue(probes.stream().map(ActorProbes.Probe::kind).distinct().count() >= 8, "too few kinds of actor description");
  }

  @Test
  void probeSentencesAreNotRepeated() {
    Set<String> seen = new HashSet<>();
    for (var p : probes) assertTrue(seen.add(p.sentence()), () -> p.origin() + ": repeated sentence");
  }

  @Test
  void probeHitsWhenOneEventHasBothPrefixes() {
    var p = new ActorProbes.Probe("x:1", "k", "SRBCOP", "ALB", LocalDate.of(1998, 1, 1), "s");
    assertTrue(p.hitBy(List.of(event("SRBCOP", "ALBMED"))));
    assertFalse(p.hitBy(List.of(event("SRBCOP", "SRBMED"), event("SRBMIL", "ALBMED"))));
    assertTrue(p.sourceHitBy(List.of(event("SRBCOP", "SRBMED"))));
    assertTrue(p.targetHitBy(List.of(event("SRBMIL", "ALBMED"))));
    assertFalse(p.hitBy(List.of(event("SRB", "ALBMED"))));
  }

  @Test
  void aDashTargetMeansAnEventWithoutTarget() {
    var p = new ActorProbes.Probe("x:2", "k", "THAMIL", ActorProbes.NO_TARGET, LocalDate.of(2014, 1, 1), "s");
    assertTrue(p.hitBy(List.of(event("THAMIL", null))));
    assertFalse(p.hitBy(List.of(event("THAMIL", "THAGOV"))));
    assertEquals("k", p.kind());
  }

  private static Event event(String source, String target) {
    return new Event("a", "a-1", 0, "s", new Span(0, 1), new Span(0, 1), null, null, actor(source), actor(target), "190",
        "ASSAULT", null, 4, -10.0, Modality.ASSERTED, null, null, List.of(), null, 0.5);
  }

  private static Actor actor(String code) {
    return code == null ? null : new Actor(code, code, code.substring(0, 3), List.of(), null, null);
  }
}
