package harbinger.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold sentence of the M2E2 set: a sentence of a Voice of America article and the types of the events
 * annotated in it (empty for an event-free sentence, which is a gold negative).
 *
 * @param id sentence id
 * @param docId article id
 * @param index sentence index within the article (indices may skip numbers)
 * @param text the sentence
 * @param eventTypes ACE-style types of its events, in gold order, repeats kept ("Conflict:Attack")
 */
public record M2e2Record(String id, String docId, int index, String text, List<String> eventTypes) {
  public M2e2Record {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    eventTypes = List.copyOf(eventTypes);
  }
}
