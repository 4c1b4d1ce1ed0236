package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Source and target heads of a noun trigger (split from {@link ArgumentFinder}): a possessive, "by" modifier or
 * national adjective is the source, "on/against/with/to ..." modifiers the target, "between X and Y" both;
 * otherwise the participants of the nearest governing clause with an explicit subject, the next clause up as a
 * second choice.
 */
final class NounArguments {
  private static final Set<String> NOUN_TARGET_PREPS = Set.of("on", "against", "with", "to", "toward", "towards",
      "into", "for", "of", "at", "over", "from");

  private NounArguments() {}

  static Arguments of(ArgumentFinder f, SentenceGraph g, Trigger t) {
    int n = t.token();
    Arguments suffered = NounFrames.cameUnder(f, g, n);
    if (suffered == null) suffered = NounFrames.betweenOfItsVerb(f, g, n);
    if (suffered == null) suffered = Receipts.of(f, g, n); // "received aid from the United States": the giver acts
    if (suffered != null) return suffered;
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<Integer> laterTargets = new ArrayList<>();
    List<Integer> modifiers = new ArrayList<>(g.children(n));
    if (g.relation(n).equals("compound") && g.head(n) >= 0) {
      // "a mediation mission between Syria and the PLO": the phrase's head carries the trigger's modifiers
      for (int c : g.children(g.head(n))) if (c != n && g.baseRelation(c).equals("nmod")) modifiers.add(c);
    }
    for (int c : modifiers) {
      String rel = g.relation(c);
      String prep = g.caseMarker(c);
      if (rel.equals("nmod:poss")) sources.addAll(f.expand(g, c));
      else if (g.baseRelation(c).equals("nmod") && "by".equals(prep)) sources.addAll(f.expand(g, c));
      // a gerund read as its noun ({@link GerundNouns}) carries its "between" phrase as an oblique
      else if ((g.baseRelation(c).equals("nmod") || (g.baseRelation(c).equals("obl") && g.token(n).isVerb()))
          && "between".equals(prep)) {
        List<Integer> pair = f.expand(g, c);
        if (t.code().startsWith("045")) {
          targets.addAll(pair); // "mediation between X and Y": both are mediated, the mediator is the clause's subject
        } else {
          if (!pair.isEmpty()) sources.add(pair.get(0));
          targets.addAll(pair.subList(Math.min(1, pair.size()), pair.size()));
        }
      } else if (g.baseRelation(c).equals("nmod") && prep != null && NOUN_TARGET_PREPS.contains(prep)) {
        // the first such modifier is the target; later ones are second choices ("withdrawal of forces from Panama")
        if (targets.isEmpty()) targets.addAll(f.expand(g, CommittedActs.perpetrator(g, c))); // "a probe into crimes committed by X"
        else laterTargets.addAll(f.expand(g, c));
      } else if ((rel.equals("amod") || rel.equals("compound")) && sources.isEmpty() && ArgumentFinder.isNamedOrNational(g, c)) {
        sources.add(c);
      }
    }
    if (targets.isEmpty()) targets.addAll(f.expand(g, RelationPartners.of(g, n))); // "a break in relations with Qatar"
    Integer maker = sources.isEmpty() ? CameFrom.maker(g, n) : null; // "calls for X to ... came from the OAU"
    if (maker != null) sources.addAll(f.expand(g, maker));
    PlacesLeft.preferPlaceLeft(f, g, n, targets, laterTargets); // "the withdrawal of its troops from Cambodia"
    Integer judged = NounFrames.judgedParty(g, n);
    if (targets.isEmpty() && judged != null) targets.addAll(f.expand(g, judged));
    List<Arguments> clauses = NounFrames.outsideParty(g, n) ? List.of() : governingClauses(f, g, n, t.code());
    if (!sources.isEmpty() && !clauses.isEmpty() && sources.stream().allMatch(s -> g.token(s).isPronoun())) {
      sources.clear(); // "their joint exercises": the clause's subject says whose
    }
    List<Integer> fallbackSources = new ArrayList<>();
    List<Integer> fallbackTargets = new ArrayList<>(laterTargets);
    if (!clauses.isEmpty()) {
      Arguments first = clauses.get(0);
      if (sources.isEmpty()) {
        sources.addAll(first.sources());
        if (targets.isEmpty()) targets.addAll(first.targets());
        // "Tokyo handed Beijing a protest over the arrest of ...": when the noun's own phrase names no party, the
        // clause's addressee is the target
        else for (int x : first.targets()) if (!targets.contains(x) && !fallbackTargets.contains(x)) fallbackTargets.add(x);
      } else {
        if (targets.isEmpty() && t.entry().symmetric()) {
          for (int s : first.sources()) if (!sources.contains(s)) targets.add(s);
        }
        // "landed in Tel Aviv, the first visit to Israel by an Arab head of state": when the noun's own party names
        // no actor, the clause's subject (the visitor) is the second choice
        for (int s : first.sources()) if (!sources.contains(s) && !targets.contains(s)) fallbackSources.add(s);
      }
      if (clauses.size() > 1) {
        fallbackSources.addAll(clauses.get(1).sources());
        if (fallbackTargets.isEmpty()) fallbackTargets.addAll(clauses.get(1).targets());
      }
    }
    targets.removeIf(sources::contains);
    return new Arguments(sources, targets, false, fallbackSources, fallbackTargets);
  }

  /** Participants of the nearest two governing verbs that have an explicit subject (nearest first). */
  private static List<Arguments> governingClauses(ArgumentFinder f, SentenceGraph g, int n, String code) {
    List<Arguments> out = new ArrayList<>();
    int k = g.head(n);
    int steps = 0;
    int below = n;
    while (k >= 0 && steps++ < 8 && out.size() < 2) {
      // a noun inside a modifier of another noun ("efforts to end the fighting", "a guard involved in a shooting",
      // "in the wake of the execution") describes that noun: the clause's parties are not its parties
      String rel = g.relation(below);
      if (out.isEmpty() && (rel.startsWith("acl") || (g.baseRelation(below).equals("nmod")
          && (below != n || !ArgumentFinder.CARRIERS.contains(g.lemma(k)))))) break;
      if (out.isEmpty() && NounFrames.observedBy(g, k, below, code)) break;
      below = k;
      boolean explicitSubject = !f.expand(g, g.subject(k)).isEmpty() || g.child(k, "nsubj:pass") != null;
      // "was expected to hold talks", "is due to hold talks": the controller of the light verb holds the talks
      boolean controlled = DueTo.complement(g, k) || DueTo.foretold(g, k);
      if (g.token(k).isVerb() && (explicitSubject || controlled)) {
        Arguments a = f.verbArguments(g, k, code, 0);
        if (a.sources().isEmpty() && ArgumentFinder.ENGAGED.contains(g.lemma(k)) && g.child(k, "nsubj:pass") != null) {
          // "Serb forces were engaged in ethnic cleansing": the subject of "be engaged / involved in" does the act
          a = new Arguments(f.expand(g, g.child(k, "nsubj:pass")), List.of(), false, List.of(), a.fallbackTargets());
        }
        List<Integer> targets = new ArrayList<>(a.targets());
        int verb = k;
        targets.removeIf(x -> g.dominates(x, n) && !DoubleObjects.firstIsRecipient(g, verb, x)); // "handed X a protest" parsed as one object
        if (targets.isEmpty()) {
          targets.addAll(a.fallbackTargets());
          targets.removeIf(x -> g.dominates(x, n));
        }
        // "thousands fled after fighting erupted": a noun that is the subject of an adverbial clause takes no party
        // from the clauses above it (those who fled did not fight); nor of a reported clause ("residents said
        // clashes broke out": the residents tell of the clashes)
        if (out.isEmpty() && a.sources().contains(n) && (g.relation(k).startsWith("advcl") || g.relation(k).equals("ccomp"))) break;
        if (!a.sources().isEmpty()) out.add(new Arguments(a.sources(), targets, a.passive()));
      }
      k = g.head(k);
    }
    return out;
  }
}
