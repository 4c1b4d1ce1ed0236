package harbinger.coding;

import harbinger.model.Actor;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Quantity;
import harbinger.model.Span;
import harbinger.ontology.EventType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An event before it gets its id: everything the coder found for one trigger and one source/target pair. */
record Draft(int sentence, Span trigger, EventType type, @Nullable Actor source, @Nullable Actor target,
             @Nullable LocalDate date, @Nullable DatePrecision precision, Modality modality,
             @Nullable Actor attributedTo, @Nullable String quote, List<Quantity> quantities,
             @Nullable String location, double confidence) {

  Draft withTarget(@Nullable Actor newTarget) {
    return new Draft(sentence, trigger, type, source, newTarget, date, precision, modality, attributedTo, quote,
        quantities, location, confidence);
  }

  Event toEvent(ArticleContext a, String eventId) {
    var s = a.doc.sentences().get(sentence);
    return new Event(a.doc.article().id(), eventId, sentence, s.text(), new Span(s.begin(), s.end()), trigger,
        date, precision, source, target, type.code(), type.plover(), type.ploverMode(), type.quadClass(),
        type.goldstein(), modality, attributedTo, quote, quantities, location, confidence);
  }

  /** Key for removing repeats within a sentence: same code and same coded actors. */
  String key() {
    return sentence + "|" + type.code() + "|" + (source == null ? "" : source.code()) + "|" + (target == null ? "" : target.code())
        + "|" + modality + "|" + date;
  }
}
