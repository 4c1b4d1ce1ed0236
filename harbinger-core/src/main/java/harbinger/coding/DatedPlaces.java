package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import harbinger.model.Actor;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Place names are dated: a city of a state that split off later belonged to the old state before ("shelled the
 * southern regional capital Juba" in a 2005 story is Sudan, not South Sudan; {@code successions.tsv}). An actor
 * placed in such a state by a place name, not by the state's own name or adjective, is moved to the former state
 * when the story is older than the new state. With no date the former state is taken only when the sentence names
 * it and never the new one ("Sudanese rebels shelled Juba"); otherwise the actor keeps today's state, since a
 * wrong guess in either direction costs the same and the words give no reason to move. Persons placed by an
 * office record are dated by that record already and are left alone. Thread-safe.
 */
final class DatedPlaces {
  private final ActorKnowledge knowledge;

  DatedPlaces(ActorKnowledge knowledge) { this.knowledge = knowledge; }

  ActorResolver.Resolved apply(SentenceGraph g, String phraseText, ActorResolver.Resolved r, @Nullable LocalDate asOf) {
    Actor a = r.actor();
    String code = a.country();
    if (code == null || a.name() != null && r.kind() == Discourse.Kind.PERSON) return r;
    Optional<Country> former = knowledge.formerState(code);
    if (former.isEmpty()) return r;
    Country state = countryOf(code);
    if (state == null || names(phraseText, state)) return r;
    String sentence = g.text(0, g.size() - 1);
    boolean move = asOf != null ? knowledge.stateBefore(code, asOf).isPresent()
        : namesByWord(g, former.get()) && !names(sentence, state);
    if (!move) return r;
    String formerCode = former.get().code();
    String newCode = a.code().startsWith(code) ? formerCode + a.code().substring(code.length()) : a.code();
    return new ActorResolver.Resolved(new Actor(a.text(), newCode, formerCode, a.agents(), a.name(), a.span()),
        r.kind(), r.plural(), r.title());
  }

  private @Nullable Country countryOf(String code) {
    for (Country c : knowledge.countries()) if (c.code().equals(code)) return c;
    return null;
  }

  /** The text names the state by its name, another name or adjective ("South Sudan", "South Sudanese"). */
  private static boolean names(String text, Country c) {
    if (contains(text, c.name())) return true;
    for (String n : c.names()) if (contains(text, n)) return true;
    for (String n : c.adjectives()) if (contains(text, n)) return true;
    return false;
  }

  private static boolean contains(String text, String name) {
    if (name.length() < 3) return false;
    return Pattern.compile("\\b" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b")
        .matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  /** Some word of the sentence names {@code c} by its name or adjective ("Sudanese rebels"). */
  private boolean namesByWord(SentenceGraph g, Country c) {
    for (int i = 0; i < g.size(); i++) {
      String w = g.word(i);
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) continue;
      Optional<Country> k = knowledge.findCountry(w).or(() -> knowledge.findCountryByAdjective(w));
      if (k.isPresent() && k.get().code().equals(c.code())) return true;
    }
    return false;
  }
}
