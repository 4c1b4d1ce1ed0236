package harbinger.cli;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Codes a list of probes through a pipeline and counts, per CAMEO root, the probes hit at the expected code
 * prefix and at the root, and the negative probes that produced events; {@link #report()} lists every miss.
 * It also counts the events coded on positive probes and how many of them have the probe's root: each probe
 * sentence reports one act, so the share of events at another root is an upper bound on the coder's spurious
 * events on such text (a sentence may mention a second real act).
 */
final class ProbeRun {
  private final Map<String, int[]> perGroup = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();
  private int hits;
  private int rootHits;
  private int positives;
  private int negatives;
  private int falseAlarms;
  private int positiveEvents;
  private int positiveEventsAtRoot;

  ProbeRun(Pipeline pipeline, List<LexiconProbes.Probe> probes) {
    for (int i = 0; i < probes.size(); i++) {
      LexiconProbes.Probe p = probes.get(i);
      Article article = new Article("probe-" + (i + 1), null, p.sentence(), p.published(), null, null);
      Outcome outcome = pipeline.run(article);
      List<Event> events = outcome instanceof Outcome.Coded c ? c.events() : List.of();
      boolean hit = p.hitBy(events);
      int[] counts = perGroup.computeIfAbsent(p.group(), k -> new int[3]);
      counts[2]++;
      if (hit) counts[0]++;
      if (p.rootHitBy(events)) counts[1]++;
      if (p.negative()) {
        negatives++;
        if (!hit) falseAlarms++;
      } else {
        positives++;
        if (hit) hits++;
        if (p.rootHitBy(events)) rootHits++;
        positiveEvents += events.size();
        positiveEventsAtRoot += (int) events.stream().filter(e -> e.cameo().startsWith(p.group())).count();
      }
      if (!hit) misses.add(describe(p, events, outcome));
    }
  }

  /** Share of positive probes with an event whose CAMEO code starts with the expected prefix. */
  double hitRate() { return positives == 0 ? 0 : (double) hits / positives; }

  /** Share of positive probes with an event of the expected CAMEO root. */
  double rootHitRate() { return positives == 0 ? 0 : (double) rootHits / positives; }

  /** Share of the events coded on positive probes that have the probe's root (1 when none were coded). */
  double rootPrecision() { return positiveEvents == 0 ? 1 : (double) positiveEventsAtRoot / positiveEvents; }

  /** Negative probes ({@code none}) that produced an event. */
  int falseAlarms() { return falseAlarms; }

  String report() {
    StringBuilder sb = new StringBuilder("root   code-hits  root-hits  of\n");
    for (var e : perGroup.entrySet()) {
      int[] c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-5s %4d      %4d      %4d%n", e.getKey(), c[0], c[1], c[2]));
    }
    sb.append(String.format(Locale.ROOT, "  all   code %d/%d = %.3f   root %d/%d = %.3f   negative probes with events: %d of %d%n",
        hits, positives, hitRate(), rootHits, positives, rootHitRate(), falseAlarms, negatives));
    sb.append(String.format(Locale.ROOT, "  events on positive probes at the probe's root: %d/%d = %.3f%n",
        positiveEventsAtRoot, positiveEvents, rootPrecision()));
    sb.append("Misses:\n");
    misses.forEach(m -> sb.append(m).append('\n'));
    return sb.toString();
  }

  private static String describe(LexiconProbes.Probe p, List<Event> events, Outcome outcome) {
    return "  " + p.origin() + " expected " + p.expected() + ": " + p.sentence() + "\n      got"
        + produced(p.sentence(), events, outcome, ProbeRun::code);
  }

  /** What a probe produced: " skipped (...)", " nothing", or each event's code, trigger and actors. */
  static String produced(String sentence, List<Event> events, Outcome outcome, Function<Actor, String> code) {
    if (outcome instanceof Outcome.Skipped s) return " skipped (" + s.stage() + ": " + s.reason() + ")";
    if (events.isEmpty()) return " nothing";
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append(' ').append(e.cameo()).append(" '").append(sentence, e.trigger().start(), e.trigger().end()).append("' ")
          .append(code.apply(e.source())).append("->").append(code.apply(e.target())).append(';');
    }
    return sb.toString();
  }

  private static String code(Actor a) { return a == null ? "-" : a.code(); }
}
