package harbinger.server.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The in-memory adapter's escalation rule: a day whose Goldstein-weighted conflict stands far above the dyad's
 * recent baseline. A simpler stand-in for the store's CUSUM detector (which also catches slow climbs).
 *
 * <pre>
 * x(t)  = the day's conflict intensity, Σ −goldstein × confidence over realised conflict events (0 on quiet days)
 * μ, σ  = mean and standard deviation of x over the {@value #BASELINE_DAYS} days before t (fewer at the start;
 *         no alert before {@value #MIN_HISTORY} days are known)
 * z(t)  = (x(t) − μ) / max(σ, {@value #SIGMA_FLOOR})
 * alert when z(t) ≥ {@value #THRESHOLD}
 * </pre>
 * The floor keeps a quiet dyad's small incident (an accusation, −2 × 0.8 = 1.6) from alerting, while a strike
 * (−10 × 0.6 = 6) on a quiet dyad does. Stateless and thread-safe.
 */
final class SpikeDetector {
  static final int BASELINE_DAYS = 28;
  static final int MIN_HISTORY = 14;
  static final double SIGMA_FLOOR = 1.0;
  static final double THRESHOLD = 5.0;

  /** One alert: the day, its z-score, the baseline and the observed intensity. */
  record Spike(LocalDate day, double z, double mean, double sd, double observed) {}

  private SpikeDetector() {}

  /**
   * @param daily intensity by day (missing days are 0), all ≥ 0
   * @param observedFrom first day the data covers; days from here without a value are quiet days
   */
  static List<Spike> detect(SortedMap<LocalDate, Double> daily, LocalDate observedFrom) {
    List<Spike> out = new ArrayList<>();
    if (daily.isEmpty()) return out;
    LocalDate first = observedFrom.isBefore(daily.firstKey()) ? observedFrom : daily.firstKey();
    int n = (int) (daily.lastKey().toEpochDay() - first.toEpochDay()) + 1;
    double[] x = new double[n];
    daily.forEach((day, v) -> x[(int) (day.toEpochDay() - first.toEpochDay())] = v);
    double sum = 0;
    double sumSq = 0;
    for (int t = 0; t < n; t++) {
      int window = Math.min(t, BASELINE_DAYS);
      if (window >= MIN_HISTORY && x[t] > 0) {
        double mean = sum / window;
        double sd = Math.max(Math.sqrt(Math.max(0, sumSq / window - mean * mean)), SIGMA_FLOOR);
        double z = (x[t] - mean) / sd;
        if (z >= THRESHOLD) out.add(new Spike(first.plusDays(t), z, mean, sd, x[t]));
      }
      sum += x[t];
      sumSq += x[t] * x[t];
      if (t >= BASELINE_DAYS) {
        sum -= x[t - BASELINE_DAYS];
        sumSq -= x[t - BASELINE_DAYS] * x[t - BASELINE_DAYS];
      }
    }
    return out;
  }
}
