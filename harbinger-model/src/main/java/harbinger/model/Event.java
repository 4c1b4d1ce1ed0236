package harbinger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One coded event with its evidence. Field names match the JSON Lines output.
 *
 * @param articleId article the evidence comes from
 * @param eventId id unique within the article ("{articleId}-{n}")
 * @param sentence 0-based sentence index
 * @param evidence the sentence text
 * @param span character offsets of the evidence sentence in the article text
 * @param trigger the words that express the event (verb or noun), for highlighting
 * @param date resolved event date, or null
 * @param datePrecision precision of {@code date}, or null when date is null
 * @param source acting party, or null when unknown
 * @param target party acted upon, or null
 * @param cameo CAMEO event code with leading zeros ("0256")
 * @param plover PLOVER event type ("REQUEST")
 * @param ploverMode PLOVER mode, or null
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein value, -10..10
 * @param modality asserted, negated, conditional ...
 * @param attributedTo who reports the event when it is reported speech or a claim, or null
 * @param quote quoted words that carry the event, or null
 * @param quantities numbers stated with the event
 * @param location place as stated, or null
 * @param confidence 0..1
 */
public record Event(String articleId, String eventId, int sentence, String evidence, Span span, Span trigger,
                    @Nullable LocalDate date, @Nullable DatePrecision datePrecision,
                    @Nullable Actor source, @Nullable Actor target,
                    String cameo, String plover, @Nullable String ploverMode, int quadClass, double goldstein,
                    Modality modality, @Nullable Actor attributedTo, @Nullable String quote,
                    List<Quantity> quantities, @Nullable String location, double confidence) {
  public Event {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(modality, "modality");
    quantities = List.copyOf(quantities);
    if (!cameo.matches("\\d{2,4}")) throw new IllegalArgumentException("bad CAMEO code " + cameo);
    if (quadClass < 1 || quadClass > 4) throw new IllegalArgumentException("quadClass must be 1..4 but was " + quadClass);
    if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("goldstein must be -10..10 but was " + goldstein);
    if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be 0..1 but was " + confidence);
    if ((date == null) != (datePrecision == null)) throw new IllegalArgumentException("date and datePrecision must both be set or both null");
    if (sentence < 0) throw new IllegalArgumentException("negative sentence index");
  }

  /** The two-digit CAMEO root ("02" for "0256"). */
  public String cameoRoot() { return cameo.substring(0, 2); }
}
