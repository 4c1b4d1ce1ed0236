package harbinger.coding;

import java.util.Set;

/**
 * Content clauses of report nouns that the parser read as relative clauses: in "allegations that police tortured
 * detainees are being examined" the parser hangs "police tortured detainees" as {@code acl:relcl} of "allegations",
 * with "that" as the object of "tortured", although "tortured" already has an object of its own (and a subject).
 * A true relative clause has a gap that "that" fills ("the reports that the ministry released"); a clause whose
 * "that" takes a slot another word already fills has no gap, so it is the noun's content, and so part of what an
 * investigation of the noun is about ({@link TriggerFinder}'s context walk). Session 21. Stateless.
 */
final class ContentRelatives {
  private ContentRelatives() {}

  /** Nouns that take a content clause: what is alleged, reported, claimed or complained of. */
  private static final Set<String> REPORT_NOUNS = Set.of("allegation", "report", "claim", "complaint", "account",
      "accusation", "charge", "suggestion", "evidence", "rumour", "rumor", "assertion", "testimony", "indication");

  /** Is {@code c} a relative clause of a report noun whose "that" fills a slot (subject, object) already filled? */
  static boolean content(SentenceGraph g, int c) {
    if (!g.relation(c).equals("acl:relcl") || g.head(c) < 0 || !REPORT_NOUNS.contains(g.lemma(g.head(c)))) return false;
    for (int k : g.children(c)) {
      if (!g.lemma(k).equals("that") || k < g.head(c)) continue;
      String slot = g.relation(k);
      if (!slot.equals("obj") && !slot.equals("nsubj") && !slot.equals("nsubj:pass")) return false;
      for (int o : g.children(c)) {
        if (o != k && g.relation(o).equals(slot)) return true;
      }
    }
    return false;
  }
}
