package harbinger.model;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input article: coded (possibly with no events) or skipped with a reason.
 * Every article that goes in yields exactly one outcome.
 */
public sealed interface Outcome permits Outcome.Coded, Outcome.Skipped {
  String articleId();

  record Coded(String articleId, int sentences, List<Event> events) implements Outcome {
    public Coded {
      Objects.requireNonNull(articleId, "articleId");
      events = List.copyOf(events);
    }
  }

  /**
   * @param stage where it failed: "read", "language", "nlp", "code"
   * @param reason human-readable reason, naming the input position where possible ("line 7: malformed JSON")
   */
  record Skipped(String articleId, String stage, String reason) implements Outcome {
    public Skipped {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
