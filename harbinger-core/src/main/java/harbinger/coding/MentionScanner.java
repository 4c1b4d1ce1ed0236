package harbinger.coding;

import java.util.Set;

/**
 * First pass over an article: resolves every named mention (proper-noun phrase heads), pronoun and
 * definite role noun in order and records it in the article's {@link Discourse}, so that later pronouns and
 * role nouns find their antecedents.
 */
final class MentionScanner {
  private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name", "amod", "nmod:poss", "det");

  private final ActorResolver resolver;

  MentionScanner(ActorResolver resolver) { this.resolver = resolver; }

  void scan(ArticleContext a) {
    for (int s = 0; s < a.graphs.size(); s++) {
      if (a.inBoilerplate(s)) continue;
      SentenceGraph g = a.graphs.get(s);
      var dateline = a.datelineTokens(s);
      for (int i = 0; i < g.size(); i++) {
        if (dateline.get(i)) {
          if (g.token(i).isProperNoun()) {
            String w = g.word(i).substring(0, 1) + g.word(i).substring(1).toLowerCase(java.util.Locale.ROOT);
            resolver.knowledge().findCountryByCapital(w).ifPresent(c -> a.setDatelineCountry(c.code()));
          }
          continue;
        }
        var t = g.token(i);
        boolean head = !NAME_PARTS.contains(g.relation(i)) || g.relation(i).equals("nmod:poss");
        boolean candidate = t.isProperNoun() && head || t.isPronoun() || t.isNoun() && head;
        if (!candidate) continue;
        var capital = LocationFinder.isLocative(g, i) ? ActorResolver.CapitalAs.PLACE : ActorResolver.CapitalAs.GOVERNMENT;
        var ctx = new ActorResolver.Context(s, a.published, a.discourse, capital, null);
        int index = i;
        int sentence = s;
        boolean subject = g.baseRelation(index).equals("nsubj") || g.relation(index).equals("nsubj:pass");
        var resolved = resolver.resolve(g, i, ctx);
        if (resolved.isPresent()) {
          var r = resolved.get();
          a.discourse.add(new Discourse.Entry(sentence, index, r.actor(), r.kind(), r.plural(), r.title(), subject));
        } else if (StrangerNames.isUncodedPerson(a, g, i)) {
          a.discourse.addStranger(sentence, index, subject);
        }
      }
    }
  }
}
