package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * A telephone call to the press through which something else is done: "responsibility was claimed by the group in a
 * telephone call to a local news agency", "the rebels said in a call to a newspaper". The call is how a statement
 * reached the press, not a consultation between parties (041); the statement is the event. The sign: a call noun in
 * an "in", "during" or "by" phrase of a verb, made "to" a word of the press. Session 21. Stateless.
 */
final class PressCalls {
  private PressCalls() {}

  private static final Set<String> MEANS = Set.of("in", "during", "by", "through", "via");

  /** Words of the press a call can be made to. */
  private static final Set<String> PRESS = Set.of("agency", "newspaper", "paper", "radio", "television", "station",
      "reporter", "reporters", "journalist", "journalists", "news", "broadcaster", "channel", "newsroom", "daily",
      "press", "correspondent", "correspondents", "media", "outlet", "website");

  /** True when call noun {@code i} coded {@code code} is a call to the press in which something else is done. */
  static boolean toPress(SentenceGraph g, int i, String code, boolean noun) {
    if (!noun || !code.startsWith("041")) return false;
    int h = g.head(i);
    if (h < 0 || !g.token(h).isVerb() || !MEANS.contains(String.valueOf(g.caseMarker(i)).toLowerCase(Locale.ROOT))) return false;
    for (int c : g.children(i)) {
      if (g.baseRelation(c).equals("nmod") && "to".equals(g.caseMarker(c)) && PRESS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
