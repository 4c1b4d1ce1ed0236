package harbinger.cli;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Codes the actor probes through a pipeline and counts, per kind, the probes hit (source and target prefix on
 * one event), the probes whose source alone and whose target alone is found; {@link #report()} lists every miss
 * with the events produced.
 */
final class ActorProbeRun {
  private final Map<String, int[]> perKind = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();
  private int hits;
  private int sourceHits;
  private int targetHits;
  private int total;

  ActorProbeRun(Pipeline pipeline, List<ActorProbes.Probe> probes) {
    for (int i = 0; i < probes.size(); i++) {
      ActorProbes.Probe p = probes.get(i);
      Article article = new Article("actor-probe-" + (i + 1), null, p.sentence(), p.published(), null, null);
      Outcome outcome = pipeline.run(article);
      List<Event> events = outcome instanceof Outcome.Coded c ? c.events() : List.of();
      int[] counts = perKind.computeIfAbsent(p.kind(), k -> new int[4]);
      boolean hit = p.hitBy(events);
      total++;
      counts[3]++;
      if (hit) { hits++; counts[0]++; }
      if (p.sourceHitBy(events)) { sourceHits++; counts[1]++; }
      if (p.targetHitBy(events)) { targetHits++; counts[2]++; }
      if (!hit) misses.add(describe(p, events, outcome));
    }
  }

  /** Share of probes with an event whose source and target have the expected prefixes. */
  double hitRate() { return total == 0 ? 0 : (double) hits / total; }

  /** Share of probes with an event whose source has the expected prefix. */
  double sourceHitRate() { return total == 0 ? 0 : (double) sourceHits / total; }

  /** Share of probes with an event whose target has the expected prefix (or none, when none is expected). */
  double targetHitRate() { return total == 0 ? 0 : (double) targetHits / total; }

  String report() {
    StringBuilder sb = new StringBuilder("kind                                              hits  source  target   of\n");
    for (var e : perKind.entrySet()) {
      int[] c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-46s %5d  %6d  %6d  %4d%n", e.getKey(), c[0], c[1], c[2], c[3]));
    }
    sb.append(String.format(Locale.ROOT, "  all: hits %d/%d = %.3f   source %d = %.3f   target %d = %.3f%n",
        hits, total, hitRate(), sourceHits, sourceHitRate(), targetHits, targetHitRate()));
    sb.append("Misses:\n");
    misses.forEach(m -> sb.append(m).append('\n'));
    return sb.toString();
  }

  private static String describe(ActorProbes.Probe p, List<Event> events, Outcome outcome) {
    return "  " + p.origin() + " expected " + p.source() + "->" + p.target() + ": " + p.sentence() + "\n      got"
        + ProbeRun.produced(p.sentence(), events, outcome, ActorProbeRun::code);
  }

  private static String code(Actor a) { return a == null ? "-" : a.code() + "[" + a.text() + "]"; }
}
