package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A participle clause set off by a comma after its main clause ("captured the air base, driving out the troops
 * guarding it", "overran the town, killing dozens of the soldiers defending it") tells what the main clause's
 * subject did next: its doer is that subject, not the main clause's object just before the comma (the parser hangs
 * the clause on the main verb as {@code dep}, {@code advcl} or {@code parataxis}). Only for a present participle
 * with an object of its own and no subordinating word ("while", "after"), whose main verb has a subject and an object.
 */
final class FreeAdjuncts {
  private FreeAdjuncts() {}

  private static final Set<String> RELATIONS = Set.of("dep", "advcl", "parataxis");

  /** The main clause's subject as the doer of participle {@code v} hung on verb {@code h}; else null. */
  static @Nullable Integer doer(SentenceGraph g, int v, int h) {
    if (!RELATIONS.contains(g.relation(v)) || !g.token(v).pos().equals("VBG") || v < h + 2) return null;
    if (!g.word(v - 1).equals(",") && !(g.word(v - 1).equals("also") && v >= 2 && g.word(v - 2).equals(","))) return null;
    if (g.child(v, "mark") != null || g.child(v, "obj") == null || !g.token(h).isVerb()) return null;
    // the main clause acts on something ("overran the town"); an airliner that "plunged into the sea, killing everyone
    // aboard" or troops that "clashed, killing 20" name no doer of the killing by their subject
    if (g.child(h, "obj") == null) return null;
    Integer subject = g.subject(h);
    return subject != null && subject < h ? subject : null;
  }
}
