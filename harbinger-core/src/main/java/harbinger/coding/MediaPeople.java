package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The staff of a news outlet named by their outlet: "the BBC's correspondent", "reporters of the New York Times", "a
 * correspondent of Britain's Guardian newspaper", "the correspondent of the German news agency DPA". The outlet is no
 * actor, but a government that expels its correspondent acts against the outlet's country: the staff are that
 * country's media (GBRMED), from the outlet's state or home in media.tsv, else from a country word beside an outlet
 * noun ("of Japan's Kyodo news agency"). Only a possessor or "of" phrase of a staff noun counts; "a Reuters reporter
 * said" (a compound) stays the reporting it is. Stateless.
 */
final class MediaPeople {
  private static final Set<String> STAFF = Set.of("correspondent", "reporter", "journalist", "cameraman",
      "photographer", "editor", "crew", "stringer", "bureau");
  private static final Set<String> OUTLET_NOUNS = Set.of("agency", "newspaper", "paper", "daily", "weekly",
      "magazine", "broadcaster", "television", "radio", "network", "channel", "station", "service");

  private MediaPeople() {}

  /** The staff phrase headed by {@code head} as its outlet's country's media, or empty. */
  static Optional<ActorResolver.Resolved> resolve(SentenceGraph g, int head, ActorKnowledge knowledge, String text, Span span,
                                                  boolean plural) {
    if (g.token(head).isProperNoun() || !STAFF.contains(singular(g.lemma(head)))) return Optional.empty();
    for (int c : g.children(head)) {
      boolean owner = g.relation(c).equals("nmod:poss") || g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c));
      if (!owner) continue;
      Optional<String> country = outletCountry(g, c, knowledge);
      if (country.isEmpty()) country = countryBesideOutletNoun(g, c, knowledge);
      if (country.isPresent()) {
        String code = country.get();
        return Optional.of(new ActorResolver.Resolved(new Actor(text, code + "MED", code, List.of("MED"), null, span),
            Discourse.Kind.GROUP, plural, null));
      }
    }
    return Optional.empty();
  }

  private static String singular(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return l.endsWith("s") && STAFF.contains(l.substring(0, l.length() - 1)) ? l.substring(0, l.length() - 1) : l;
  }

  /** The country of an outlet named by capitalised words of the owner's subtree ("the New York Times", "BBC"). */
  private static Optional<String> outletCountry(SentenceGraph g, int owner, ActorKnowledge knowledge) {
    BitSet sub = g.subtree(owner);
    for (int first = sub.nextSetBit(0); first >= 0; first = sub.nextSetBit(first + 1)) {
      if (!PhraseCues.capitalised(g, first)) continue;
      for (int last = Math.min(first + 4, sub.length() - 1); last >= first; last--) {
        if (!contiguous(sub, first, last) || !PhraseCues.capitalised(g, last)) continue;
        Optional<String> c = knowledge.mediumCountry(g.text(first, last));
        if (c.isPresent()) return c;
      }
    }
    return Optional.empty();
  }

  /** "of Britain's Guardian newspaper", "of the German news agency": a country word beside an outlet noun. */
  private static Optional<String> countryBesideOutletNoun(SentenceGraph g, int owner, ActorKnowledge knowledge) {
    BitSet sub = g.subtree(owner);
    boolean outlet = false;
    for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) outlet |= OUTLET_NOUNS.contains(g.lemma(k).toLowerCase(Locale.ROOT));
    if (!outlet) return Optional.empty();
    for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
      if (!PhraseCues.capitalised(g, k)) continue;
      String w = g.word(k);
      Optional<Country> c = knowledge.findCountry(w).or(() -> knowledge.findCountryByAdjective(w));
      if (c.isPresent()) return Optional.of(c.get().code());
    }
    return Optional.empty();
  }

  private static boolean contiguous(BitSet sub, int first, int last) {
    for (int k = first; k <= last; k++) if (!sub.get(k)) return false;
    return true;
  }
}
