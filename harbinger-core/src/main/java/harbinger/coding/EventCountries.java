package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import org.jspecify.annotations.Nullable;

/**
 * The country an event happens in (split from {@link EventBuilder}): from its place phrase, an owned place, the own
 * side of a border, the paragraph's place or the dateline. Thread-safe.
 */
final class EventCountries {
  private final ActorKnowledge knowledge;

  EventCountries(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * The country of a city or region where the event happens ("arrested in Hamburg"), for an authority that reports
   * it ("Police said ...") and for the parties acted on there; not for the doer of an act there, who may have come
   * from anywhere.
   */
  @Nullable String placeCountry(SentenceGraph g, @Nullable Integer locationHead) {
    if (locationHead == null) return null;
    return knowledge.findCountryByPlace(LocationFinder.text(g, locationHead)).map(c -> c.code()).orElse(null);
  }

  @Nullable String fallbackCountry(ArticleContext a, SentenceGraph g, int sentence, @Nullable Integer locationHead, int trigger) {
    var k = knowledge;
    if (locationHead != null) {
      String w = LocationFinder.text(g, locationHead);
      var c = k.findCountry(w).or(() -> k.findCountryByCapital(w));
      if (c.isPresent()) return c.get().code();
      String stated = LocationCountry.of(g, locationHead, k);
      if (stated != null) return stated;
    }
    String owner = ArgumentRepairs.ownedPlace(g, trigger, k);
    if (owner != null) return owner;
    Integer side = Borders.ownSide(g);
    if (side != null) {
      var c = k.findCountryByAdjective(g.word(side)).or(() -> k.findCountry(g.word(side)));
      if (c.isPresent()) return c.get().code();
    }
    String paragraphPlace = ParagraphPlace.country(a, sentence, k);
    return paragraphPlace != null ? paragraphPlace : a.datelineCountry();
  }
}
