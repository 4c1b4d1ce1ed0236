package harbinger.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Second-choice targets of a trigger whose target phrases name no party (split from {@link ArgumentFinder}): the
 * parties inside those phrases, the object of an infinitival complement, the subject of a clausal complement.
 */
final class InnerTargets {
  private InnerTargets() {}

  /**
   * Prepositions that attach the party of a thing to it, best first: "the attack by X" (condemning, investigating or
   * rejecting a deed is about its doer), "aid to X", "ties with X", "curfew on X", "withdrawal of X".
   */
  private static final List<String> INNER_PREPS = List.of("by", "to", "with", "against", "of", "on", "toward",
      "towards", "into", "for", "from", "over", "between");

  /** Prepositions of a deed's recipient ("arms sales to Croatia", "aid for the rebels"). */
  private static final Set<String> RECIPIENT_PREPS = Set.of("to", "for", "toward", "towards");

  /**
   * Second-choice targets when the target phrases of a trigger name no party: the parties inside them ("aid to
   * Mozambique", "North Korea's demand", "Israeli changes", "Iraqi towns"), the object of an infinitival complement
   * ("threatened to ban opposition candidates") and the subject of a clausal complement ("demanded that the United
   * States match ..."), as groups in order of preference; the caller takes the first group that resolves. With
   * {@code inquiry} (an investigation, CAMEO 09) the recipient of an investigated deed is not investigated: "an
   * investigation of illegal arms sales to Croatia and Ecuador" is about the sellers, not the buyers.
   */
  static List<List<Integer>> of(ArgumentFinder finder, SentenceGraph g, int trigger, List<Integer> unresolved, boolean inquiry) {
    List<Integer> things = new ArrayList<>(unresolved);
    int k = trigger;
    for (int depth = 0; depth < 3; depth++) {
      Integer x = g.child(k, "xcomp");
      if (x == null || !g.token(x).isVerb()) break;
      Integer obj = g.child(x, "obj");
      if (obj != null) things.add(obj);
      Integer obl = ArgumentFinder.obliqueWith(g, x, ArgumentFinder.TARGET_PREPS);
      if (obl != null) things.add(obl);
      k = x;
    }
    for (int c : g.children(trigger)) {
      // "opened the bridge to allow the delivery of grain to Afghanistan": the object of a purpose clause, and the
      // nouns joined to it (the parse may hang the recipient on the last of them)
      if (!g.relation(c).equals("advcl") || !g.hasMarker(c, "to") || g.subject(c) != null) continue;
      Integer obj = g.child(c, "obj");
      if (obj == null) continue;
      things.add(obj);
      for (int j : g.children(obj)) if (g.relation(j).equals("conj") && g.token(j).isNoun()) things.add(j);
    }
    things.addAll(RelativeTargets.of(g, trigger)); // "lifted the ban it had imposed on Georgian wine"
    // "part of a military aid program for Bosnia", "the start of talks with X": the parties of what the thing is part of
    for (int h : List.copyOf(things)) {
      for (int c : g.children(h)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && !things.contains(c)) things.add(c);
      // "approved $8 million in humanitarian aid for Pyongyang": the beneficiary of the aid a sum is "in"
      for (int c : g.children(h)) {
        if (!g.baseRelation(c).equals("nmod") || !"in".equals(g.caseMarker(c))) continue;
        for (int b : g.children(c)) {
          if (g.baseRelation(b).equals("nmod") && ("for".equals(g.caseMarker(b)) || "to".equals(g.caseMarker(b))) && !things.contains(b)) things.add(b);
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int h : things) {
      Integer carried = Passengers.carried(g, h); // "ambushed a bus carrying Turkish conscripts"
      if (carried != null) out.add(finder.expand(g, carried));
      if (!unresolved.contains(h)) out.add(finder.expand(g, h));
      // "demanded his immediate release": a person's "his" or "her" names that person; "its", "their" are too often the doer's own
      for (int c : g.children(h)) {
        if (!g.relation(c).equals("nmod:poss")) continue;
        boolean personal = Set.of("his", "her").contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT)) || Set.of("his", "her").contains(g.word(c).toLowerCase(java.util.Locale.ROOT));
        if (!g.token(c).isPronoun() || personal) out.add(finder.expand(g, c));
      }
      // every party-attaching modifier, best preposition first: "the right of Russian troops to fire" tries "to fire", then "of troops"
      List<Integer> modifiers = new ArrayList<>();
      for (int c : g.children(h)) {
        String prep = String.valueOf(g.caseMarker(c));
        if (inquiry && RECIPIENT_PREPS.contains(prep)) continue;
        if (g.baseRelation(c).equals("nmod") && !g.nonActor(c) && INNER_PREPS.contains(prep)) modifiers.add(c);
      }
      modifiers.sort(Comparator.comparingInt(c -> INNER_PREPS.indexOf(String.valueOf(g.caseMarker(c)))));
      for (int c : modifiers) out.add(finder.expand(g, c));
      for (int c : g.children(h)) {
        String rel = g.relation(c);
        if ((rel.equals("amod") || rel.equals("compound")) && ArgumentFinder.isNamedOrNational(g, c)) out.add(List.of(c));
      }
      // "a loan of $8 billion for Turkey to help it through the crisis": the subject of a for-to clause is the beneficiary
      for (int c : g.children(h)) {
        Integer subject = g.hasMarker(c, "for") && g.hasMarker(c, "to") ? g.subject(c) : null;
        if (subject != null) out.add(finder.expand(g, subject));
      }
    }
    Integer clause = g.child(trigger, "ccomp");
    if (clause != null && g.child(trigger, "obj") == null) out.add(finder.expand(g, g.subject(clause)));
    out.removeIf(List::isEmpty);
    return out;
  }

}
