package harbinger.output;

import harbinger.model.Actor;
import harbinger.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A short overview of coded events for people: counts by PLOVER type and modality, and the busiest dyads
 * (source country → target country) with their Goldstein sums. Not thread-safe; one per run.
 */
public final class EventStats {
  private final Map<String, Integer> byType = new TreeMap<>();
  private final Map<String, Integer> byModality = new TreeMap<>();
  private final Map<String, double[]> byDyad = new TreeMap<>();
  private int events;

  public void add(Event e) {
    events++;
    byType.merge(e.plover(), 1, Integer::sum);
    byModality.merge(e.modality().label(), 1, Integer::sum);
    String dyad = party(e.source()) + " -> " + party(e.target());
    double[] d = byDyad.computeIfAbsent(dyad, k -> new double[2]);
    d[0]++;
    d[1] += e.goldstein();
  }

  private static String party(@Nullable Actor a) {
    if (a == null) return "?";
    return a.country() != null ? a.country() : a.code();
  }

  /** Several lines of text; the top {@code dyads} dyads by event count. */
  public String format(int dyads) {
    StringBuilder sb = new StringBuilder();
    sb.append("events: ").append(events).append('\n');
    sb.append("by PLOVER type: ").append(join(byType)).append('\n');
    sb.append("by modality: ").append(join(byModality)).append('\n');
    List<Map.Entry<String, double[]>> top = new ArrayList<>(byDyad.entrySet());
    top.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
    sb.append("top dyads (events, Goldstein sum):\n");
    for (int i = 0; i < Math.min(dyads, top.size()); i++) {
      var e = top.get(i);
      sb.append(String.format(Locale.ROOT, "  %-16s %4d %8.1f%n", e.getKey(), (int) e.getValue()[0], e.getValue()[1]));
    }
    return sb.toString();
  }

  private static String join(Map<String, Integer> m) {
    StringBuilder sb = new StringBuilder();
    m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return sb.toString();
  }
}
