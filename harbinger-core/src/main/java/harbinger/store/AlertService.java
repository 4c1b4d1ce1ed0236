package harbinger.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs the {@link EscalationDetector} over every dyad of a store and attaches the driving events. Every dyad is
 * observed from the store's first event day (a day without a dyad's conflict events is a zero). Alerts are
 * computed when asked for, from the stored events, so they always agree with the store. Not thread-safe (the store
 * is not).
 */
public final class AlertService {
  private final EventStore store;
  private final EscalationDetector detector;

  public AlertService(EventStore store, EscalationDetector detector) {
    this.store = store;
    this.detector = detector;
  }

  /**
   * Alerts whose day lies in the range (the baseline may use earlier days), by day then dyad.
   *
   * @param maxDrivers most driving events listed per alert
   */
  public List<Alert> alerts(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers) {
    List<Alert> out = new ArrayList<>();
    for (Pending p : detect(from, to)) out.add(new Alert(p.dyad(), p.signal(), drivers(p.dyad(), p.signal(), maxDrivers)));
    return out;
  }

  /**
   * The {@code limit} latest alerts whose day lies in the range, newest first (then by dyad); only these are given
   * their drivers (one event query each), so a store with thousands of alerts answers as quickly as the detection.
   *
   * @param maxDrivers most driving events listed per alert
   * @param limit most alerts returned, {@code >= 0}
   */
  public List<Alert> newest(@Nullable LocalDate from, @Nullable LocalDate to, int maxDrivers, int limit) {
    if (limit < 0) throw new IllegalArgumentException("limit must be >= 0 but was " + limit);
    List<Pending> all = detect(from, to);
    List<Alert> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
      Pending p = all.get(i);
      out.add(new Alert(p.dyad(), p.signal(), drivers(p.dyad(), p.signal(), maxDrivers)));
    }
    out.sort(Comparator.comparing((Alert a) -> a.signal().day()).reversed().thenComparing(a -> a.dyad().toString()));
    return out;
  }

  private record Pending(Dyad dyad, EscalationDetector.Signal signal) {}

  /** Every alarm in the range, by day then dyad, without drivers. */
  private List<Pending> detect(@Nullable LocalDate from, @Nullable LocalDate to) {
    StoreStats stats = store.stats(0);
    if (stats.first() == null) return List.of();
    LocalDate observedFrom = stats.first();
    Map<Dyad, TreeMap<LocalDate, Double>> byDyad = new LinkedHashMap<>();
    for (DailyConflict d : store.dailyConflict(null, to)) {
      byDyad.computeIfAbsent(d.dyad(), k -> new TreeMap<>()).put(d.day(), d.intensity());
    }
    List<Pending> out = new ArrayList<>();
    byDyad.forEach((dyad, series) -> {
      for (EscalationDetector.Signal s : detector.detect(series, observedFrom)) {
        if (from != null && s.day().isBefore(from)) continue;
        out.add(new Pending(dyad, s));
      }
    });
    out.sort(Comparator.comparing((Pending a) -> a.signal().day()).thenComparing(a -> a.dyad().toString()));
    return out;
  }

  private List<StoredEvent> drivers(Dyad dyad, EscalationDetector.Signal s, int max) {
    if (max <= 0) return List.of();
    EventFilter f = EventFilter.builder().dyad(dyad, false).from(s.start()).to(s.day()).limit(EventFilter.MAX_LIMIT).build();
    List<StoredEvent> conflict = new ArrayList<>();
    for (StoredEvent e : store.events(f)) {
      if (e.goldstein() < 0 && EventKeys.modalityClass(e.modality()) == EventKeys.ModalityClass.REALISED) conflict.add(e);
    }
    conflict.sort(Comparator.comparingDouble((StoredEvent e) -> e.goldstein() * e.confidence()).thenComparingLong(StoredEvent::id));
    return conflict.subList(0, Math.min(max, conflict.size()));
  }
}
