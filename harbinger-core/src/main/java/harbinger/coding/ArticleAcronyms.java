package harbinger.coding;

import java.util.List;
import java.util.Optional;

/**
 * Acronyms the article itself defines: "the paramilitary Rapid Support Forces ... the RSF" is that force, even when
 * the global table gives the same letters to another body (an NGO). The article's own earlier mention wins because
 * a writer who spells a name out and then abbreviates it means that name. Stateless.
 */
final class ArticleAcronyms {
  private ArticleAcronyms() {}

  /** The earlier mention, within the discourse window, whose name's initials are the acronym the phrase consists of. */
  static Optional<Discourse.Entry> definedEarlier(SentenceGraph g, List<Integer> phrase, int head, ActorResolver.Context ctx) {
    String acronym = acronym(g, phrase, head);
    if (acronym == null) return Optional.empty();
    return ctx.discourse().lastBefore(ctx.sentence(), phrase.get(0), e -> e.kind() != Discourse.Kind.PERSON
        && e.actor().name() != null && acronym.equals(initials(e.actor().name())));
  }

  /** The head's word when it is an acronym of 2 to 6 capital letters and the phrase adds nothing but "the". */
  private static @org.jspecify.annotations.Nullable String acronym(SentenceGraph g, List<Integer> phrase, int head) {
    for (int i : phrase) if (i != head && !g.lemma(i).equals("the")) return null;
    String w = g.word(head).replace(".", "");
    if (w.length() < 2 || w.length() > 6) return null;
    for (int k = 0; k < w.length(); k++) if (!Character.isUpperCase(w.charAt(k))) return null;
    return w;
  }

  /** The capital initials of a name's capitalised words: "Rapid Support Forces" → "RSF" (short words such as "of" skipped). */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) b.append(word.charAt(0));
    }
    return b.toString();
  }
}
