package harbinger.pipeline;

import harbinger.model.Article;
import harbinger.model.Outcome;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the pipeline made of one input item: its outcome, and the article when it could be read (the
 * writers need its text for trigger words and GDELT fields).
 */
public record Result(@Nullable Article article, Outcome outcome) {
  public Result { Objects.requireNonNull(outcome, "outcome"); }
}
