package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The issuer of a document that reports through a participle: "Warren issued a report arguing that ...", "the
 * ministry released a memo warning ...", "she sent an email saying ...". The person or group that issued, released,
 * published or sent the document is the source of what it argues, as annotators of attribution mark it; a document
 * someone only cites or reads ("cited a poll showing") stays the document's own. Pure functions.
 */
final class IssuedDocuments {
  private IssuedDocuments() {}

  /** Verbs (lemmas) by which the subject brings out a document of its own. */
  private static final Set<String> ISSUING = Set.of("issue", "release", "publish", "send", "post", "file", "write",
      "sign", "circulate", "distribute", "unveil", "submit", "draft", "produce", "prepare", "present", "author",
      "pen", "tweet", "email", "e-mail", "deliver", "put");

  /**
   * The subject of the verb that issued document {@code noun} (its object), when the noun is a source of
   * information and the subject precedes the verb; null otherwise.
   */
  static @Nullable Integer issuer(SentenceGraph g, int noun) {
    if (!QuoteSources.information(g, noun) || !g.baseRelation(noun).equals("obj")) return null;
    int verb = g.head(noun);
    if (verb < 0 || !g.token(verb).isVerb() || !ISSUING.contains(g.lemma(verb))) return null;
    if (g.lemma(verb).equals("put") && !"out".equals(particle(g, verb))) return null; // "put out a statement"
    Integer subject = g.subject(verb);
    if (subject == null || subject > verb || !g.relation(subject).equals("nsubj")) return null;
    return QuoteSources.plausible(g, subject, false) ? subject : null;
  }

  private static @Nullable String particle(SentenceGraph g, int verb) {
    Integer prt = g.child(verb, "compound:prt");
    return prt == null ? null : g.word(prt).toLowerCase(java.util.Locale.ROOT);
  }
}
