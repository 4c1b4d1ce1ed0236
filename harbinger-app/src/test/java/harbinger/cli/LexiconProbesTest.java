package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import harbinger.ontology.CameoOntologies;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LexiconProbesTest {
  private final List<LexiconProbes.Probe> probes = LexiconProbes.load(CameoOntologies.loadDefault());

  @Test
  void probeFileCoversEveryRootWithSeveralSentences() {
    Map<String, Integer> perRoot = new TreeMap<>();
    for (var p : probes) perRoot.merge(p.group(), 1, Integer::sum);
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      assertTrue(perRoot.getOrDefault(root, 0) >= 5, () -> "root " + root + " has too few probes: " + perRoot);
    }
    assertTrue(perRoot.getOrDefault(LexiconProbes.NONE, 0) >= 10, "too few negative probes");
  }

  @Test
  void probeSentencesAreNotRepeated() {
    Set<String> seen = new HashSet<>();
    for (var p : probes) assertTrue(seen.add(p.sentence()), () -> p.origin() + ": repeated sentence");
  }

  @Test
  void probeHitsWhenSomeEventHasTheExpectedPrefix() {
    var probe = new LexiconProbes.Probe("x:1", "025", LocalDate.of(2023, 1, 1), "s");
    assertEquals("02", probe.group());
    assertTrue(probe.hitBy(List.of(event("020"), event("0256"))));
    assertFalse(probe.hitBy(List.of(event("020"))));
    assertFalse(probe.hitBy(List.of()));
  }

  @Test
  void negativeProbeHitsOnlyWhenNothingIsCoded() {
    var none = new LexiconProbes.Probe("x:2", LexiconProbes.NONE, LocalDate.of(2023, 1, 1), "s");
    assertEquals(LexiconProbes.NONE, none.group());
    assertTrue(none.hitBy(List.of()));
    assertFalse(none.hitBy(List.of(event("041"))));
  }

  private static Event event(String code) {
    return new Event("a", "a-1", 0, "s", new Span(0, 1), new Span(0, 1), null, null, null, null, code, "X", null,
        1, 0.0, Modality.ASSERTED, null, null, List.of(), null, 0.5);
  }
}
