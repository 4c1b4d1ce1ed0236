package harbinger.coding;

import java.util.List;

/**
 * "the opposition Socialist Party", "the opposition Future Forward Party": a party the phrase itself calls the
 * opposition is coded OPP, as CAMEO codes opposition parties, not the plain party code PTY. Thread-safe.
 */
final class OpposedParties {
  private OpposedParties() {}

  /** {@code agent} of the phrase, made OPP when it is a party and a word of the phrase before its head is "opposition". */
  static String agent(SentenceGraph g, List<Integer> phrase, String agent) {
    if (!agent.equals("PTY")) return agent;
    for (int i : phrase) {
      if (g.lemma(i).equalsIgnoreCase("opposition") && !g.relation(i).equals("nmod:poss")) return "OPP";
    }
    return agent;
  }
}
