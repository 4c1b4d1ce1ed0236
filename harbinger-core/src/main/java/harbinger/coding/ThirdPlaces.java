package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "The Ethiopian and Eritrean foreign ministers met in Algiers", "Reagan and Gorbachev met in Geneva": a meeting
 * or consultation whose parties all belong to countries other than the one it is held in is CAMEO 044 (meet at a
 * 'third' location, one with which none of the parties is associated). Only a bare meeting (04: "met", "a meeting",
 * "gathered") is refined: talks, mediation, visits and calls keep their own codes, as the codebook lets them take
 * precedence, and a consultation (040: "discussed", "conferred") keeps its code because the place after it is as
 * often the place discussed ("discussed the situation in Aleppo") as the place of the talk. The
 * place must be a country, a capital or a listed city ({@link ActorKnowledge#findCountryByPlace}); both parties
 * must have a country, so a meeting with an international body ("met the UN envoy in Geneva") stays 04. A meeting
 * in one party's own country is a visit and stays as it is. The place is the meeting's own ("met in Algiers", "a
 * meeting in Algiers", "held a meeting in Algiers", "met at a villa in Algiers"), never a place in what was discussed
 * ("to discuss the situation in Aleppo"). On the sidelines of a summit ({@link SummitSidelines}) a consultation is
 * refined too, and the place may be the summit's or none (session 19). Pure and thread-safe.
 */
final class ThirdPlaces {
  private static final Set<String> MEETINGS = Set.of("04");
  private static final String THIRD_LOCATION = "044";
  private static final Set<String> PLACE_PREPS = Set.of("in", "at");
  /** Prepositions inside a place phrase that locate it by a city: "the Swiss city of Geneva", "a castle outside Ljubljana". */
  private static final Set<String> NEAR = Set.of("of", "outside", "near");

  private final ActorKnowledge knowledge;
  private final EventType third;
  private final GreetedVisitors greeted;

  ThirdPlaces(CameoOntology ontology, ActorKnowledge knowledge) {
    this.knowledge = knowledge;
    this.third = ontology.expect(THIRD_LOCATION);
    this.greeted = new GreetedVisitors(ontology);
  }

  /** The drafts of trigger {@code t}, with each meeting of parties of other countries than its place's turned into 044. */
  List<Draft> apply(SentenceGraph g, Trigger t, List<Draft> input) {
    // a visitor greeted at the airport by the host: hosting and the visit, in whatever place ({@link GreetedVisitors})
    List<Draft> drafts = greeted.apply(g, t, input);
    int edge = SummitSidelines.edge(g, t.token());
    Set<String> meetings = edge >= 0 ? SIDELINE_MEETINGS : MEETINGS;
    if (drafts.stream().noneMatch(d -> meetings.contains(d.type().code()))) return drafts;
    Optional<String> place = meetingPlace(g, t.token());
    if (place.isEmpty() && edge >= 0) place = edgePlace(g, edge);
    if (place.isEmpty() && edge < 0) return drafts;
    String where = place.orElse(null);
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) out.add(atThirdPlace(d, where, meetings) ? withType(d, third) : d);
    return out;
  }

  /** Codes refined on the sidelines of a gathering: a consultation there is a meeting at a third place too. */
  private static final Set<String> SIDELINE_MEETINGS = Set.of("04", "040");

  /** The place of the gathering on whose sidelines the meeting is held: "of the OSCE summit in Istanbul". */
  private Optional<String> edgePlace(SentenceGraph g, int edge) {
    BitSet words = SummitSidelines.phrase(g, edge);
    for (int k = words.nextSetBit(0); k >= 0; k = words.nextSetBit(k + 1)) {
      if (k == edge || !placePhrase(g, k)) continue;
      Optional<String> found = placeCountry(LocationFinder.text(g, k));
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /** A meeting at {@code place} (null: a summit's sidelines with no place named) of parties of other countries. */
  private static boolean atThirdPlace(Draft d, @Nullable String place, Set<String> meetings) {
    if (!meetings.contains(d.type().code())) return false;
    String source = country(d.source());
    String target = country(d.target());
    if (place == null) return source != null && target != null && !source.equals(target);
    return source != null && target != null && !place.equals(source) && !place.equals(target);
  }

  /**
   * The country of the place phrase ("in" or "at") of the meeting word, of the light verb that carries a meeting
   * noun ("held a meeting in"), or of a place noun in such a phrase ("at a lakeside villa in Geneva").
   */
  Optional<String> meetingPlace(SentenceGraph g, int trigger) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    int h = g.head(trigger);
    if (g.token(trigger).isNoun() && h >= 0 && g.token(h).isVerb() && g.baseRelation(trigger).equals("obj")) heads.add(h);
    for (int head : heads) {
      for (int c : g.children(head)) {
        if (!placePhrase(g, c)) {
          Optional<String> inner = innerPlace(g, c);
          if (inner.isPresent()) return inner;
          continue;
        }
        Optional<String> found = placeCountry(LocationFinder.text(g, c));
        if (found.isPresent()) return found;
        for (int k : g.children(c)) {
          // "in the Icelandic capital Reykjavik": the name in apposition to the place noun
          if (placePhrase(g, k) || (g.baseRelation(k).equals("nmod") && NEAR.contains(String.valueOf(g.caseMarker(k))))
              || g.baseRelation(k).equals("appos")) {
            found = placeCountry(LocationFinder.text(g, k));
            if (found.isPresent()) return found;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "met behind closed doors in Prague": a place phrase hung by the parser on another adverbial of the meeting word
   * (a prepositional phrase other than "with", which names a party) is the meeting's place.
   */
  private Optional<String> innerPlace(SentenceGraph g, int c) {
    if (!g.baseRelation(c).equals("obl") || "with".equals(g.caseMarker(c))) return Optional.empty();
    for (int k : g.children(c)) {
      if (!placePhrase(g, k)) continue;
      Optional<String> found = placeCountry(LocationFinder.text(g, k));
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  private static boolean placePhrase(SentenceGraph g, int c) {
    String rel = g.baseRelation(c);
    return (rel.equals("obl") || rel.equals("nmod")) && PLACE_PREPS.contains(String.valueOf(g.caseMarker(c)));
  }

  private static @Nullable String country(@Nullable Actor a) {
    return a == null ? null : a.country();
  }

  /**
   * The country of a place phrase: the whole phrase as a country, capital or listed city, else its last
   * capitalised word ("the Swiss city of Geneva", "the Turkish resort of Antalya").
   */
  Optional<String> placeCountry(String place) {
    Optional<String> whole = lookup(place);
    if (whole.isPresent()) return whole;
    String[] words = place.trim().split("\\s+");
    for (int k = words.length - 1; k >= 0; k--) {
      String w = words[k];
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) return lookup(w);
    }
    return Optional.empty();
  }

  private Optional<String> lookup(String name) {
    return knowledge.findCountry(name)
        .or(() -> knowledge.findCountryByCapital(name))
        .or(() -> knowledge.findCountryByPlace(name))
        .map(Country::code);
  }

  private static Draft withType(Draft d, EventType type) {
    return new Draft(d.sentence(), d.trigger(), type, d.source(), d.target(), d.date(), d.precision(), d.modality(),
        d.attributedTo(), d.quote(), d.quantities(), d.location(), d.confidence());
  }
}
