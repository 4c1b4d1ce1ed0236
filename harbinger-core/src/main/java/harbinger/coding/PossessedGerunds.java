package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Russian forces kept up their shelling of Ukrainian positions": the parser makes the possessive "their" the object
 * of "kept up", reads the gerund as its adjective and hangs the "of" phrase on "their". The act is the gerund's, done
 * by the subject of the verb that has "their" as object to the party of the "of" (or "on", "against") phrase.
 * Stateless.
 */
final class PossessedGerunds {
  private PossessedGerunds() {}

  private static final Set<String> PREPS = Set.of("of", "on", "against");

  /** The arguments of a gerund trigger {@code v} in such a parse, or null when the parse is not of this shape. */
  static @Nullable Arguments of(ArgumentFinder f, SentenceGraph g, int v) {
    if (!"VBG".equals(g.token(v).pos()) || !g.relation(v).equals("amod")) return null;
    int owner = g.head(v);
    if (owner < 0 || owner > v || !"PRP$".equals(g.token(owner).pos()) || !g.relation(owner).equals("obj")) return null;
    Integer target = null;
    for (int c : g.children(owner)) {
      if (c > v && g.baseRelation(c).equals("nmod") && PREPS.contains(String.valueOf(g.caseMarker(c))) && !g.nonActor(c)) { target = c; break; }
    }
    int verb = g.head(owner);
    if (target == null || verb < 0) return null;
    return new Arguments(f.expand(g, g.subject(verb)), f.expand(g, target), false);
  }
}
