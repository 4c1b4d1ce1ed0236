package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sympathy stated in the idiom of thoughts, prayers and hearts being with someone: "the Pope said his thoughts and
 * prayers were with the families of those killed", "our hearts go out to the families of the miners, the minister
 * told his counterpart" (018, an empathetic comment). The sign is a reporting verb whose reported clause (its
 * complement, or the clause it follows when the report is fronted) has thoughts, prayers, hearts or sympathies as the
 * subject of "with" ("were with") or of "go out to"; the trigger is the reporting verb, so its subject is the source.
 * A private person's sympathy with a private person ({@link PrivateCourtesies}) and a firm's with its customers are
 * no events. Stateless.
 */
final class SympathyStatements {
  private SympathyStatements() {}

  /** Verbs that report what their subject says. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "write", "state", "declare", "tweet");

  /** Nouns that stand for a speaker's feeling in the idiom. */
  private static final Set<String> FEELINGS = Set.of("thought", "thoughts", "prayer", "prayers", "heart", "hearts",
      "sympathy", "sympathies");

  /** A stated outlook ({@link ProspectStatements}) or sympathy at reporting verb {@code i}, or null. */
  static @Nullable Trigger orOutlook(SentenceGraph g, int i) {
    Trigger outlook = ProspectStatements.trigger(g, i);
    return outlook != null ? outlook : trigger(g, i);
  }

  /** A 018 trigger at reporting verb {@code i} when its reported clause states sympathy in the idiom. */
  static @Nullable Trigger trigger(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !REPORTING.contains(g.lemma(i)) || g.subject(i) == null) return null;
    Integer clause = g.child(i, "ccomp");
    if (clause == null && g.relation(i).equals("parataxis") && g.head(i) >= 0 && i > g.head(i)) clause = g.head(i);
    if (clause == null || !sympathy(g, clause)) return null;
    // a firm's or a private person's sympathy with its customers or a rival is no political act
    if (PrivateCourtesies.privateAct(g, i, "018", false) || CommercialDeals.business(g, g.subject(i))) return null;
    return new Trigger(i, new LexiconEntry("018", g.lemma(i), false, null, List.of(), false, "SympathyStatements"));
  }

  /** Clause {@code k} is "X's thoughts are with Y" or "X's hearts go out to Y". */
  static boolean sympathy(SentenceGraph g, int k) {
    Integer s = g.child(k, "nsubj");
    if (s == null || !FEELINGS.contains(g.lemma(s).toLowerCase(Locale.ROOT))) return false;
    if ("with".equals(g.caseMarker(k))) return true;
    // "hearts go out to": the verb with its particle, the addressee after "to"
    if (!g.lemma(k).equals("go") || !TriggerFinder.hasParticle(g, k, "out")) return false;
    for (int c : g.children(k)) if ("to".equals(g.caseMarker(c))) return true;
    return false;
  }
}
