package harbinger.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each stage, summed over articles and threads, and sentences annotated. Thread-safe. */
public final class StageTimes {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final LongAdder sentences = new LongAdder();

  void add(String stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  void countSentences(long n) { sentences.add(n); }

  public long sentences() { return sentences.sum(); }

  /** Milliseconds per stage: check, language, nlp, code. */
  public Map<String, Long> millis() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String stage : new String[] {"check", "language", "nlp", "code"}) {
      LongAdder a = nanos.get(stage);
      if (a != null) out.put(stage, a.sum() / 1_000_000);
    }
    return out;
  }
}
