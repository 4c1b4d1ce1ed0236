package harbinger.eval;

import java.util.List;
import java.util.Locale;

/** The kinds of gold set, with the file name each has in a gold folder and the metrics its report carries. */
public enum EvalKind {
  PLOVER("plover_gsr_cameo.dev.jsonl", List.of("type_recall", "triple_recall", "event_precision", "type_precision")),
  CAMEO("cameo_manual_examples.dev.jsonl", List.of("root_recall", "code3_recall", "exact_recall", "root_precision")),
  M2E2("m2e2_voa_text_events.dev.jsonl", m2e2Metrics()),
  TIMEX("te3_platinum_timex.dev.jsonl", List.of("date_value_accuracy", "date_span_recall", "time_value_accuracy", "time_span_recall")),
  QUOTES("polnear_test_attributions.dev.jsonl", List.of("speaker_accuracy", "content_recall", "quote_precision"));

  private final String fileName;
  private final List<String> metrics;

  EvalKind(String fileName, List<String> metrics) {
    this.fileName = fileName;
    this.metrics = List.copyOf(metrics);
  }

  /** The set name used in reports and floors files ("plover"). */
  public String label() { return name().toLowerCase(Locale.ROOT); }

  /** The gold file name in a gold folder ("plover_gsr_cameo.dev.jsonl"). */
  public String fileName() { return fileName; }

  /** Metric names of this kind's report, in report order. */
  public List<String> metrics() { return metrics; }

  /** The kind with this label, case-insensitive. */
  public static EvalKind parse(String label) {
    for (EvalKind k : values()) if (k.label().equalsIgnoreCase(label.strip())) return k;
    throw new IllegalArgumentException("unknown gold set '" + label + "' (known: plover, cameo, m2e2, timex, quotes)");
  }

  private static List<String> m2e2Metrics() {
    List<String> out = new java.util.ArrayList<>(List.of("precision", "recall", "f1"));
    for (String t : CameoToM2e2.SCORED) out.add("f1[" + t + "]");
    return out;
  }
}
