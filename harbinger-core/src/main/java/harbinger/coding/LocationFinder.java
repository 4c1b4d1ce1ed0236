package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The place where an event happened, as stated: a named place in a locative modifier ("in Geneva", "near the
 * city of Donetsk", "outside Kyiv") of the trigger or of its governing verb. Places are never actors.
 */
final class LocationFinder {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "along",
      "throughout", "around", "into", "from", "on", "within");
  /** Prepositions that make a place a location, never a party. */
  static final Set<String> LOCATIVE_ONLY = Set.of("in", "at", "near", "outside", "inside", "across", "along",
      "throughout", "around", "within", "off", "beyond", "amid");
  private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY", "GPE");

  private final ActorKnowledge knowledge;

  LocationFinder(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  /** Is token {@code i} the head of a locative modifier ("in Geneva", "near the border")? */
  static boolean isLocative(SentenceGraph g, int i) {
    String rel = g.baseRelation(i);
    String prep = g.caseMarker(i);
    return (rel.equals("obl") || rel.equals("nmod")) && prep != null && LOCATIVE_ONLY.contains(prep);
  }

  @Nullable Integer find(SentenceGraph g, int trigger) {
    int k = trigger;
    for (int steps = 0; k >= 0 && steps < 3; steps++) {
      for (int c : g.children(k)) {
        String rel = g.baseRelation(c);
        if (!rel.equals("obl") && !rel.equals("nmod")) continue;
        String prep = g.caseMarker(c);
        if (prep == null || !LOCATIVE.contains(prep)) continue;
        Integer place = placeIn(g, c);
        if (place != null) return place;
      }
      if (g.token(k).isVerb()) {
        Integer obj = g.child(k, "obj");
        if (obj != null) {
          for (int c : g.children(obj)) {
            if (g.baseRelation(c).equals("nmod") && LOCATIVE.contains(String.valueOf(g.caseMarker(c)))) {
              Integer place = placeIn(g, c);
              if (place != null) return place;
            }
          }
        }
        break;
      }
      k = g.head(k);
    }
    return null;
  }

  /** The phrase head itself if it names a place, or a place it is "of" ("the city of Donetsk"). */
  private @Nullable Integer placeIn(SentenceGraph g, int head) {
    if (isPlace(g, head)) return head;
    for (int c : g.children(head)) {
      String prep = g.caseMarker(c);
      // "the city of Donetsk", "a station in Baqouba", "a base outside Kandahar"
      if (("of".equals(prep) || "in".equals(prep) || "near".equals(prep) || "outside".equals(prep)) && isPlace(g, c)) return c;
    }
    return null;
  }

  boolean isPlace(SentenceGraph g, int i) {
    var t = g.token(i);
    if (PLACE_NER.contains(t.ner())) return true;
    return t.isProperNoun() && knowledge.findCountryByCapital(t.word()).isPresent();
  }

  /** The words of the place name: the head with its compound and flat parts. */
  static String text(SentenceGraph g, int head) {
    int first = head;
    int last = head;
    for (int c : g.children(head)) {
      String r = g.relation(c);
      if ((r.equals("compound") || r.startsWith("flat")) && g.token(c).isProperNoun()) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    return g.text(first, last);
  }
}
