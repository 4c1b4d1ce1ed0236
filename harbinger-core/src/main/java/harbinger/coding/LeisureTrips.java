package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trips made for show business or private life: "the pop star arrived in Prague to begin her world tour", "the
 * actor landed in Venice for his wedding", "the singer visited Johannesburg to film a music video", "arrived in Los
 * Angeles for the Academy Awards". CAMEO's visit (042) is a political actor's trip; a performer's tour, a film shoot
 * or a wedding is not one, whoever makes it. The sign is the trip's purpose: a to-clause or a for-phrase of the trip
 * verb that names a concert, a film or video shoot, a premiere, an award show, a wedding or a holiday ("a world
 * tour", not "a tour of Asian capitals"). "The president arrived in Paris for talks" and "flew to Cairo for the
 * funeral" stay visits. Stateless.
 */
final class LeisureTrips {
  private LeisureTrips() {}

  /** Lemmas that make a purpose one of show business or private life. */
  private static final Set<String> LEISURE = Set.of("concert", "concerts", "gig", "gigs", "film", "filming", "movie",
      "video", "album", "premiere", "award", "awards", "oscar", "oscars", "grammy", "grammys", "wedding", "honeymoon",
      "holiday", "vacation", "perform", "performance", "sing", "shoot", "shooting", "photoshoot");

  /** Modifiers that make a tour a performer's: "world tour", "concert tour", "farewell tour". */
  private static final Set<String> SHOW_TOURS = Set.of("world", "concert", "farewell", "reunion", "stadium",
      "comeback", "promotional", "publicity", "book", "music");

  /** True when the trip at {@code i} is made for a show, a film, a wedding or a holiday. */
  static boolean leisure(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      boolean purpose = ((rel.equals("xcomp") || rel.equals("advcl")) && g.hasMarker(c, "to"))
          || (rel.equals("obl") && "for".equals(g.caseMarker(c)));
      if (purpose && leisurePhrase(g, c)) return true;
    }
    return false;
  }

  private static boolean leisurePhrase(SentenceGraph g, int c) {
    BitSet phrase = g.subtree(c);
    for (int d = phrase.nextSetBit(0); d >= 0; d = phrase.nextSetBit(d + 1)) {
      String lemma = lower(g.lemma(d));
      if (LEISURE.contains(lemma) || LEISURE.contains(lower(g.word(d)))) return true;
      if (lemma.equals("tour")) {
        for (int m : g.children(d)) if (SHOW_TOURS.contains(lower(g.lemma(m)))) return true;
      }
    }
    return false;
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
