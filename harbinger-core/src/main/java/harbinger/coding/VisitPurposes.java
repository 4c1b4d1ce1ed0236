package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The party a visit is made to see, named in its purpose clause: "made a stopover in Lahore to see his Pakistani
 * counterpart", "flew to Beijing to meet the Chinese premier", "travelled to Moscow to hold talks with Putin". CAMEO
 * codes the visit (042) against the host it is made to; when no party stands as the visit's object or place, the
 * person the trip is made to meet is that host. Stateless.
 */
final class VisitPurposes {
  /** Verbs of meeting someone, whose object is the person met. */
  private static final Set<String> MEETING = Set.of("see", "meet", "greet", "consult", "visit");
  /** Light verbs whose object is a meeting noun, whose "with" phrase names the person met: "hold talks with". */
  private static final Set<String> LIGHT = Set.of("hold", "have", "conduct");

  private VisitPurposes() {}

  /** Heads of the parties the visit {@code trigger} is made to meet, in order; empty when no purpose clause names one. */
  static List<Integer> of(SentenceGraph g, int trigger) {
    List<Integer> acts = new ArrayList<>(List.of(trigger));
    // "made a surprise stopover ... to see": the purpose hangs on the light verb carrying the visit noun
    if (!g.token(trigger).isVerb() && g.head(trigger) >= 0 && g.token(g.head(trigger)).isVerb()) acts.add(g.head(trigger));
    List<Integer> out = new ArrayList<>();
    for (int act : acts) {
      for (int c : g.children(act)) {
        if (!(g.relation(c).equals("xcomp") || g.relation(c).equals("advcl")) || !g.token(c).isVerb() || !g.hasMarker(c, "to")) continue;
        String lemma = g.lemma(c).toLowerCase(java.util.Locale.ROOT);
        Integer object = g.child(c, "obj");
        if (MEETING.contains(lemma) && object != null) out.add(object);
        if (LIGHT.contains(lemma) && object != null) {
          for (int k : g.children(object)) if ("with".equals(g.caseMarker(k))) out.add(k);
          for (int k : g.children(c)) if ("with".equals(g.caseMarker(k))) out.add(k);
        }
      }
    }
    return out;
  }
}
