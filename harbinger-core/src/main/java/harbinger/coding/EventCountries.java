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
    String premises = PremisesPlaces.country(g, trigger, k); // "raided the Cairo offices of ..."
    if (premises != null) return premises;
    Integer side = Borders.ownSide(g);
    if (side != null) {
      var c = k.findCountryByAdjective(g.word(side)).or(() -> k.findCountry(g.word(side)));
      if (c.isPresent()) return c.get().code();
    }
    String scene = sceneCountry(g, trigger);
    if (scene != null) return scene;
    String paragraphPlace = ParagraphPlace.country(a, sentence, k);
    return paragraphPlace != null ? paragraphPlace : a.datelineCountry();
  }

  /**
   * "arrested opposition leader X as he led a march in Kampala": a country or capital named in a locative phrase
   * deeper in the act's own clause (an adverbial clause, a modifier of its object) when it names one country only;
   * reported or conjoined clauses are other acts. Places of the tables are left out, as for the stated location.
   */
  private @Nullable String sceneCountry(SentenceGraph g, int trigger) {
    java.util.BitSet stop = new java.util.BitSet();
    for (int c : g.children(trigger)) {
      String r = g.relation(c);
      if (r.equals("ccomp") || r.equals("parataxis") || r.equals("conj") || r.equals("acl:relcl")) stop.set(c);
    }
    java.util.BitSet scope = g.subtree(trigger, stop);
    String found = null;
    for (int i = scope.nextSetBit(0); i >= 0; i = scope.nextSetBit(i + 1)) {
      if (i == trigger || !LocationFinder.isLocative(g, i) || !g.token(i).isProperNoun() || inTimePhrase(g, i, trigger)) continue;
      String w = LocationFinder.text(g, i);
      var c = knowledge.findCountry(w).or(() -> knowledge.findCountryByCapital(w));
      if (c.isEmpty()) continue;
      if (found != null && !found.equals(c.get().code())) return null;
      found = c.get().code();
    }
    return found;
  }

  /** Prepositions of time: "during celebrations in Athens" dates the act; it does not place its parties. */
  private static final java.util.Set<String> TIME_PREPS = java.util.Set.of("during", "after", "before", "since", "until", "ahead");

  private static boolean inTimePhrase(SentenceGraph g, int i, int trigger) {
    for (int k = i; k >= 0 && k != trigger; k = g.head(k)) {
      if (TIME_PREPS.contains(String.valueOf(g.caseMarker(k)))) return true;
    }
    return false;
  }
}
