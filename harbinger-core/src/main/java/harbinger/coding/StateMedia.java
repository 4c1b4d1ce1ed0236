package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A news outlet as the doer of an act ("KCNA accused Washington ...", "Syria's state news agency SANA condemned ...",
 * "Al Jazeera condemned the army ...", "the Turkish daily Cumhuriyet accused the government ..."): its country's
 * media ({@code PRKMED}, {@code QATMED}, {@code TURMED}), from the outlet's state or home in media.tsv, else from a
 * country word beside an outlet noun ("the Israeli newspaper Haaretz", "Pakistan's Dawn newspaper"). The resolver
 * keeps every news outlet out of the actors, and reporting ("KCNA said", "..., IRNA reported") stays a frame: only an
 * event's own subject is looked up here, before the resolver (which would read "the Turkish daily" as Turkey).
 * International outlets (no state or home) stay no actor. Stateless.
 */
final class StateMedia {
  /** Nouns and adjectives that say a name is a news outlet ("the daily Cumhuriyet", "Dawn newspaper"). */
  private static final Set<String> OUTLET_WORDS = Set.of("newspaper", "paper", "daily", "weekly", "tabloid",
      "magazine", "broadcaster", "channel", "television", "newsweekly");

  private StateMedia() {}

  static Optional<ActorResolver.Resolved> agent(SentenceGraph g, int head, ActorKnowledge knowledge) {
    List<Integer> phrase = new ArrayList<>(NamePhrases.of(g, head));
    for (int c : g.children(head)) if (g.relation(c).equals("appos")) phrase.addAll(NamePhrases.of(g, c)); // "the newspaper Haaretz"
    phrase.sort(null);
    Optional<String> country = namedOutlet(g, phrase, knowledge);
    if (country.isEmpty()) country = countryBesideOutletWord(g, head, phrase, knowledge);
    if (country.isEmpty()) return Optional.empty();
    List<Integer> own = NamePhrases.of(g, head);
    Span span = g.span(own.get(0), own.get(own.size() - 1));
    Actor a = new Actor(g.text(own.get(0), own.get(own.size() - 1)), country.get() + "MED", country.get(), List.of("MED"), null, span);
    return Optional.of(new ActorResolver.Resolved(a, Discourse.Kind.ORGANIZATION, false, null));
  }

  /** The country of an outlet media.tsv names by capitalised words of the phrase; empty for international ones. */
  private static Optional<String> namedOutlet(SentenceGraph g, List<Integer> phrase, ActorKnowledge knowledge) {
    for (int len = Math.min(5, phrase.size()); len >= 1; len--) {
      for (int s = 0; s + len <= phrase.size(); s++) {
        int first = phrase.get(s);
        int last = phrase.get(s + len - 1);
        if (last - first != len - 1 || !PhraseCues.capitalised(g, first)) continue;
        String text = g.text(first, last);
        if (knowledge.isMedia(text)) return knowledge.mediumCountry(text);
      }
    }
    return Optional.empty();
  }

  /**
   * "the Israeli newspaper Haaretz", "the Turkish daily Cumhuriyet", "Pakistan's Dawn newspaper": an outlet word on
   * a capitalised name (or the name in apposition to it) and a country word of the phrase.
   */
  private static Optional<String> countryBesideOutletWord(SentenceGraph g, int head, List<Integer> phrase, ActorKnowledge knowledge) {
    boolean outlet = false;
    boolean named = false;
    for (int k : phrase) {
      String w = g.word(k).toLowerCase(Locale.ROOT);
      if (OUTLET_WORDS.contains(w) || OUTLET_WORDS.contains(g.lemma(k).toLowerCase(Locale.ROOT))) outlet = true;
      else if (g.token(k).isProperNoun() && PhraseCues.capitalised(g, k) && knowledge.findCountry(g.word(k)).isEmpty()) named = true;
    }
    if (!outlet || !named) return Optional.empty();
    List<Integer> words = new ArrayList<>(phrase);
    Integer poss = g.child(head, "nmod:poss");
    if (poss != null) words.add(poss);
    for (int k : words) {
      if (!PhraseCues.capitalised(g, k)) continue;
      Optional<Country> c = knowledge.findCountry(g.word(k)).or(() -> knowledge.findCountryByAdjective(g.word(k)));
      if (c.isPresent()) return Optional.of(c.get().code());
    }
    return Optional.empty();
  }
}
