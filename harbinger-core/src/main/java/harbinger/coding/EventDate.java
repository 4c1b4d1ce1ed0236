package harbinger.coding;

import harbinger.model.DatePrecision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A resolved event date with its precision; {@code explicit} when the sentence stated it. */
record EventDate(@Nullable LocalDate date, @Nullable DatePrecision precision, boolean explicit) {
  static final EventDate UNKNOWN = new EventDate(null, null, false);
}
