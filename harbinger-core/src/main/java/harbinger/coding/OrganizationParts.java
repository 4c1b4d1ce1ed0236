package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Organization;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The members and organs of a named body stand for it: "the board of the International Atomic Energy Agency", "the
 * board of governors of the IAEA", "the executive board of the IMF", "observers from the OSCE", "monitors from the
 * European Union", "soldiers of the African Union force", "peacekeepers of the United Nations mission in Congo". The
 * head is a role noun (an agent of the actor data) or an organ noun; the body is named in its "of" or "from" phrase,
 * directly or through an organ noun carrying the name ("the United Nations mission"). Stateless.
 */
final class OrganizationParts {
  /** Nouns for an organ or unit of a body, which carry the body's name or lead to it. */
  private static final Set<String> ORGANS = Set.of("board", "governors", "council", "secretariat", "mission", "force",
      "forces", "panel", "delegation", "committee", "bloc", "contingent", "team", "staff");
  private static final Set<String> PREPS = Set.of("of", "from");
  /**
   * People a body sends or employs who are no agent of the actor data: "investigators from the UN war crimes
   * tribunal", "experts from the IAEA" (session 21).
   */
  private static final Set<String> MEMBERS = Set.of("investigator", "expert", "prosecutor", "pathologist",
      "specialist", "researcher", "scientist", "staffer", "examiner");

  private OrganizationParts() {}

  static Optional<Organization> of(SentenceGraph g, int head, ActorKnowledge knowledge) {
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    boolean organ = ORGANS.contains(lemma) && !g.token(head).isProperNoun();
    boolean member = MEMBERS.contains(lemma) && !g.token(head).isProperNoun();
    if (!organ && !member && (knowledge.findAgent(lemma).isEmpty() || (g.token(head).isProperNoun() && head > 0))) return Optional.empty();
    return named(g, head, knowledge, 0);
  }

  private static Optional<Organization> named(SentenceGraph g, int n, ActorKnowledge knowledge, int depth) {
    for (int c : g.children(n)) {
      if (!g.baseRelation(c).equals("nmod") || !PREPS.contains(String.valueOf(g.caseMarker(c)))) continue;
      Optional<Organization> written = writtenBody(g, c, knowledge); // "from the UN war crimes tribunal"
      if (written.isPresent()) return written;
      if (PhraseCues.capitalised(g, c)) {
        Optional<Organization> o = knowledge.findOrganization(LocationFinder.text(g, c));
        if (o.isEmpty()) o = knowledge.findOrganization(g.word(c));
        if (o.isEmpty()) o = knowledge.findOrganization(fullName(g, c)); // "the Organization of American States"
        if (o.isPresent()) return o;
      } else if (ORGANS.contains(g.lemma(c)) && depth < 2) {
        // "the United Nations mission", "the African Union force": the name is the organ's compound
        int first = c;
        for (int k : g.children(c)) {
          if (k < c && g.relation(k).equals("compound") && PhraseCues.capitalised(g, k)) first = Math.min(first, g.subtree(k).nextSetBit(0));
        }
        if (first < c) {
          Optional<Organization> o = knowledge.findOrganization(g.text(first, c - 1));
          if (o.isPresent()) return o;
        }
        Optional<Organization> inner = named(g, c, knowledge, depth + 1); // "the board of governors of the IAEA"
        if (inner.isPresent()) return inner;
      }
    }
    return Optional.empty();
  }

  /**
   * A body named by a common noun after capitalised compounds, as the actor data writes it ("the UN war crimes
   * tribunal", "the Hague tribunal"): the words from the first capitalised compound to the noun (session 21).
   */
  private static Optional<Organization> writtenBody(SentenceGraph g, int c, ActorKnowledge knowledge) {
    if (PhraseCues.capitalised(g, c)) return Optional.empty();
    int first = c;
    for (int k : g.children(c)) {
      if (k < c && g.relation(k).equals("compound")) {
        int start = g.subtree(k).nextSetBit(0);
        if (PhraseCues.capitalised(g, start)) first = Math.min(first, start);
      }
    }
    return first < c ? knowledge.findOrganization(g.text(first, c)) : Optional.empty();
  }

  /** The name from the phrase's first capitalised word to its last word ("Organization of American States"). */
  private static String fullName(SentenceGraph g, int c) {
    java.util.BitSet sub = g.subtree(c);
    int first = c;
    for (int k = sub.nextSetBit(0); k >= 0 && k < c; k = sub.nextSetBit(k + 1)) {
      if (PhraseCues.capitalised(g, k)) { first = k; break; }
    }
    return g.text(first, sub.length() - 1);
  }
}
