package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The first of {@link Salience}'s filters: a trigger anywhere inside the content of a verbal event (statement,
 * appeal, agreement, rejection, accusation, threat) is part of that event: "agreed to US mediation in the final
 * status talks", "welcomed the statement as proof of a wish for a settlement in the talks". The content does not
 * reach into clauses of their own (conjuncts, parataxis, relative clauses) nor into the circumstances of a verb in it
 * ("urged X to reduce tensions during a phone call", "if Russia attacked"), except a second act conjoined with one in
 * the content and the relative clause of a document ("support a resolution that aims to tighten sanctions and impose
 * a blockade"). The content includes what the event calls its object ("welcomed the statement as proof of ..."), and
 * an event noun that is the object of an event verb of another code is that act's theme ("would not meet the
 * demands"). Split out of Salience unchanged. Stateless.
 */
final class VerbalContent {
  private VerbalContent() {}

  /** Relations by which a verbal event takes its content ("rejected the demand", "urged X to withdraw"). */
  private static final Set<String> CONTENT = Set.of("obj", "ccomp", "xcomp", "nsubj:pass", "csubj", "obl", "nmod", "advcl");
  /**
   * Prepositions that introduce what a verbal event is about ("appeal for", "agreed to", "accused X of"), or how
   * it qualifies its object ("welcomed the statement as proof of a wish for a settlement", "condemned the raid as a
   * violation of the truce": what the object is called is part of the statement).
   */
  private static final Set<String> CONTENT_PREPS = Set.of("of", "for", "on", "about", "against", "over", "to", "from", "as",
      "into");
  /** Relations that start a clause of its own, which the content of an event does not reach into. */
  private static final Set<String> OWN_CLAUSE = Set.of("parataxis", "conj", "list", "appos", "punct", "dep", "root", "acl:relcl");

  /**
   * The triggers that are not inside the content of a verbal trigger ({@code owner}), at any depth (see class
   * notes); {@code exempt} triggers are kept whatever owns them.
   */
  static List<Trigger> withoutContent(SentenceGraph g, List<Trigger> triggers, Predicate<Trigger> owner,
                                      Predicate<Trigger> exempt) {
    List<Trigger> out = new ArrayList<>();
    java.util.BitSet tokens = new java.util.BitSet();
    for (Trigger t : triggers) tokens.set(t.token());
    for (Trigger b : triggers) {
      boolean inside = false;
      for (Trigger a : triggers) {
        // a trip to investigate is coded as the investigation ({@link FactFindingTrips}), not as a visit that owns it
        if (a != b && !FactFindingTrips.investigates(g, a, b)
            && ((owner.test(a) && contentOf(g, a.token(), b.token(), tokens)) || theme(g, a, b))) inside = true;
      }
      if (!inside || exempt.test(b)) out.add(b);
    }
    return out;
  }

  /**
   * "would not meet the hostage-takers' demands", "lifted a blockade": an event noun that is the direct object of
   * an event verb is what that act is done to, one event with it (the verb's entry, often conditioned on that very
   * object, already codes the pair), not a second event. A noun of the verb's own code ("extend the curfew") is
   * the same event found twice, left to the coder (a copy with no parties goes when the other names them), except
   * under a mutual verb ("the two armies traded artillery fire"): the verb codes both directions, the noun would
   * add a one-sided copy of one of them.
   */
  private static boolean theme(SentenceGraph g, Trigger a, Trigger b) {
    return b.noun() && !a.noun() && g.head(b.token()) == a.token() && g.relation(b.token()).equals("obj")
        && (!a.code().equals(b.code()) || a.entry().symmetric()) && !codedByAModifier(g, a, b);
  }

  /**
   * "signed a ceasefire agreement": the verb's entry was chosen by a word around the object ("ceasefire"), not by
   * the object itself, so the object noun ("agreement", 057 signing) is an event of its own, not the verb's theme.
   */
  private static boolean codedByAModifier(SentenceGraph g, Trigger a, Trigger b) {
    boolean context = false;
    for (var c : a.entry().conditions()) {
      if (!c.required()) continue;
      if (c.lemmas().contains(g.lemma(b.token()))) return false;
      if (c.scope() == harbinger.lexicon.Condition.Scope.CONTEXT) context = true;
    }
    return context;
  }

  /** Is {@code b} below {@code a}, reached from {@code a} by a content relation and then within that clause? */
  private static boolean contentOf(SentenceGraph g, int a, int b, java.util.BitSet triggers) {
    int k = b;
    for (int steps = 0; steps < 8; steps++) {
      int h = g.head(k);
      if (h < 0) return false;
      if (h == a) {
        String base = g.baseRelation(k);
        if (!CONTENT.contains(g.relation(k)) && !CONTENT.contains(base)) return false;
        if (base.equals("advcl")) return g.hasMarker(k, "to") || g.hasMarker(k, "of") || g.hasMarker(k, "against");
        if (base.equals("obl") || base.equals("nmod")) return CONTENT_PREPS.contains(String.valueOf(g.caseMarker(k)));
        return true;
      }
      boolean own = OWN_CLAUSE.contains(g.baseRelation(k)) || OWN_CLAUSE.contains(g.relation(k));
      if ((own && !documentContent(g, k) && !innerConjunct(g, k, a, triggers)) || circumstance(g, k)) return false;
      k = h;
    }
    return false;
  }

  /** Nouns of texts whose content is proposed, not done: the acts a resolution or plan "aims to" bring about. */
  private static final Set<String> DOCUMENTS = Set.of("resolution", "plan", "proposal", "bill", "draft", "motion",
      "initiative", "measure", "law", "legislation", "declaration", "document", "letter", "roadmap", "blueprint",
      "package", "text", "amendment", "decree", "programme", "program", "deal", "agreement", "accord", "treaty", "pact");

  /**
   * "will support a resolution that aims to tighten sanctions", "rejected a plan that would allow ...": a relative
   * clause of a document noun tells what the document says; inside the content of a verbal event it is part of that
   * content, not a clause reporting news of its own.
   */
  static boolean documentContent(SentenceGraph g, int k) {
    int h = g.head(k);
    return g.relation(k).equals("acl:relcl") && h >= 0 && DOCUMENTS.contains(g.lemma(h));
  }

  /**
   * "a resolution that aims to tighten sanctions and impose a blockade", "urged Iran to release the crew and reopen
   * talks": an act conjoined with an act already inside the content (not with the verbal event itself) is a second
   * part of that content. When the first conjunct is no event ("called on Arabs to unite and mobilize against X")
   * the conjunct is left alone: it is what the content is about, and may be what the statement is coded as.
   */
  private static boolean innerConjunct(SentenceGraph g, int k, int a, java.util.BitSet triggers) {
    int h = g.head(k);
    return g.baseRelation(k).equals("conj") && h != a && triggers.get(h) && g.token(k).isVerb();
  }

  /** Prepositions of the time or occasion of an act ("during a phone call", "at the summit"). */
  private static final Set<String> OCCASIONS = Set.of("during", "at", "amid", "amidst", "before", "after", "since",
      "following", "throughout", "until");

  /**
   * An adjunct of a verb inside the content that tells when, where or under which condition it holds, not what
   * it is about: "urged Putin to reduce tensions during a phone call" (the call is no part of the appeal's
   * content), "warned that Washington would respond if Russia attacked" (the condition is coded on its own).
   */
  private static boolean circumstance(SentenceGraph g, int k) {
    String base = g.baseRelation(k);
    if (base.equals("advcl")) return !(g.hasMarker(k, "to") || g.hasMarker(k, "of"));
    return base.equals("obl") && OCCASIONS.contains(String.valueOf(g.caseMarker(k)));
  }

}
