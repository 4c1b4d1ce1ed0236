package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Attacks a named person survived: "President X survived an attack on his motorcade", "X escaped unhurt when a bomb
 * exploded beside his car", "X escaped unhurt when gunmen opened fire on his convoy". The attack is still coded, as an
 * attempt on that person's life (CAMEO 185), and the survivor is its target, not its doer (the parser hands the noun
 * "attack" the subject of "survived"). Only a person survives an attempt on his life: a town that "survived the
 * shelling" or troops that "escaped an ambush" keep the attack's own code. Stateless.
 */
final class Survivals {
  private Survivals() {}

  static final String ATTEMPT = "185";

  /** Verbs of coming through an attack alive. */
  private static final Set<String> VERBS = Set.of("survive", "escape");

  /** Common nouns of office holders and public figures, who may be the target of an attempt on their life. */
  private static final Set<String> FIGURES = Set.of("president", "minister", "premier", "leader", "governor", "mayor",
      "king", "queen", "prince", "emir", "sheikh", "candidate", "senator", "lawmaker", "legislator", "general",
      "commander", "chief", "ambassador", "envoy", "judge", "prosecutor", "cleric", "ayatollah", "imam", "bishop",
      "chairman", "secretary", "official", "politician", "opposition", "journalist", "activist", "he", "she");

  /**
   * The token of the person who survived the attack at token {@code i}, or null: the subject of "survive" or "escape"
   * when the attack is its object ("survived a drone attack") or the clause its "when" introduces ("escaped unhurt
   * when gunmen opened fire").
   */
  static @Nullable Integer survivor(SentenceGraph g, int i) {
    int h = g.head(i);
    if (h < 0 || !VERBS.contains(g.lemma(h).toLowerCase(Locale.ROOT)) || !g.token(h).isVerb()) return null;
    boolean object = g.relation(i).equals("obj") && g.token(i).isNoun();
    boolean when = g.relation(i).startsWith("advcl") && g.token(i).isVerb() && when(g, i);
    if (!object && !when) return null;
    Integer s = g.subject(h);
    return s != null && person(g, s) ? s : null;
  }

  /** The arguments of a survived attack: the survivor its target, and no longer a doer. */
  static Arguments retarget(Arguments a, int survivor) {
    List<Integer> sources = new ArrayList<>(a.sources());
    sources.remove(Integer.valueOf(survivor));
    return new Arguments(sources, List.of(survivor), false, a.fallbackSources(), List.of());
  }

  private static boolean when(SentenceGraph g, int clause) {
    for (int c : g.children(clause)) if (c < clause && g.lemma(c).equalsIgnoreCase("when")) return true;
    return false;
  }

  private static boolean person(SentenceGraph g, int s) {
    if (g.token(s).ner().equals("PERSON") || g.token(s).ner().equals("TITLE")) return true;
    if (FIGURES.contains(g.lemma(s).toLowerCase(Locale.ROOT))) return true;
    for (int c : g.children(s)) if (g.token(c).ner().equals("TITLE")) return true;
    return false;
  }
}
