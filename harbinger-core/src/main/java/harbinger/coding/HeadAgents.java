package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The agent (GOV, MIL, REB, CVL...) a phrase's head and its modifiers give a party, and the title words that give
 * a named person an office (split from {@link ActorResolver}).
 */
final class HeadAgents {
  static final Set<String> TITLE_GOV = Set.of("president", "minister", "premier", "chancellor",
      "secretary", "king", "queen", "prime", "leader", "counterpart", "spokesman", "spokeswoman", "spokesperson",
      "emir", "sheikh", "prince", "vice", "ambassador", "envoy");
  private final ActorKnowledge knowledge;

  HeadAgents(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The agent of the phrase {@code phrase} headed by {@code head}: its two-word head, its head, then a title or agent word in it. */
  @Nullable String agentOf(SentenceGraph g, int head, List<Integer> phrase) {
    if (FirmNames.isFirm(g, head, phrase)) return "BUS"; // "Severstal Holdings", "Daelim Industrial Co."
    int pos = phrase.indexOf(head);
    if (pos > 0) {
      int prev = phrase.get(pos - 1);
      if (prev == head - 1) {
        Optional<String> two = knowledge.findAgent(g.lemma(prev) + " " + g.lemma(head))
            .or(() -> knowledge.findAgent(lower(g.word(prev)) + " " + lower(g.word(head))));
        if (two.isPresent()) return two.get();
      }
    }
    if (pos >= 0 && head + 1 < g.size() && (pos + 1 < phrase.size() && phrase.get(pos + 1) == head + 1 || g.word(head + 1).contains("'"))) {
      // "the Dutch charge d'affaires": the parser makes the title's second word an apposition of the first, or
      // hangs it on the next noun ("handed the Afghan charge d'affaires a note")
      Optional<String> two = knowledge.findAgent(lower(g.word(head)) + " " + lower(g.word(head + 1)));
      if (two.isPresent()) return two.get();
    }
    // "a Japanese head of government", "former Nigerian head of state Olusegun Obasanjo": the office is the phrase
    if (g.lemma(head).equals("head")) {
      for (int c : g.children(head)) {
        if (!g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c))) continue;
        // "head of state Olusegun Obasanjo": the parser may make the name the "of" object, with "state" its compound
        int word = c;
        for (int m : g.children(c)) {
          if (g.relation(m).equals("compound") && m > 0 && g.lemma(m - 1).equals("of")) word = m;
        }
        Optional<String> office = knowledge.findAgent("head of " + g.lemma(word));
        if (office.isPresent()) return office.get();
      }
    }
    // "the Philippine House of Representatives", "the House of Commons": the parser hangs the rest of the name on "of"
    for (int c : g.children(head)) {
      if (!g.token(head).isProperNoun() || !g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c))) continue;
      Optional<String> body = knowledge.findAgent(lower(g.word(head)) + " of " + lower(g.word(c)));
      if (body.isPresent()) return body.get();
    }
    if (FighterCraft.aircraft(g, head)) return "MIL"; // "shot down an Indian fighter and captured its pilot"
    // the lemma first, then the written form: "forces" (MIL) is listed, its lemma "force" is too vague to be
    Optional<String> a = knowledge.findAgent(g.lemma(head)).or(() -> knowledge.findAgent(lower(g.word(head))));
    if (a.isPresent()) return OpposedParties.agent(g, phrase, a.get());
    if (MilitaryCraft.designates(g, head)) return "MIL"; // "Turkish F-16s", "an Indian MiG-21"
    for (int i : phrase) {
      // "a US Navy surveillance drone" (the parser may leave "surveillance" as the head): the named service's force
      if (i != head && i < head && FORCE_NAMES.contains(lower(g.word(i))) && g.relation(i).equals("compound") && i > 0
          && knowledge.findCountry(g.word(i - 1)).or(() -> knowledge.findCountryByAdjective(g.word(i - 1))).isPresent()) return "MIL";
      if (i == head || g.token(i).isProperNoun() && !g.token(i).ner().equals("TITLE")) continue;
      if (g.lemma(i).equals("general") && g.token(i).pos().startsWith("JJ")) continue; // "a general strike" is no rank
      if (TITLE_GOV.contains(g.lemma(i))) return "GOV";
      Optional<String> m = knowledge.findAgent(g.lemma(i));
      if (m.isPresent() && !g.relation(i).equals("nmod:poss")) return m.get();
    }
    return TITLE_GOV.contains(g.lemma(head)) ? "GOV" : null;
  }

  /** Armed services named after their country ("US Navy", "Russian Army"). */
  private static final Set<String> FORCE_NAMES = Set.of("navy", "army");

  private static String lower(String w) { return w.toLowerCase(Locale.ROOT); }

  static boolean hasModifier(SentenceGraph g, int head, String lemma) {
    for (int c : g.children(head)) if (g.lemma(c).equalsIgnoreCase(lemma) && !g.baseRelation(c).equals("nmod")) return true;
    return false;
  }

  /** "Russian civilian advisers" are civilians of Russia, not its government (but "civilian officials" are officials). */
  static @Nullable String civilian(SentenceGraph g, int head, @Nullable String agent) {
    boolean state = "GOV".equals(agent) || "MIL".equals(agent);
    // "Shia leaders", "Catholic leaders": leaders of a faith, not of a government
    if (state && g.lemma(head).equals("leader") && g.children(head).stream().anyMatch(c -> g.token(c).ner().equals("RELIGION"))) return "REL";
    if (!state || TITLE_GOV.contains(g.lemma(head)) || ActorResolver.ROLE_NOUNS.contains(g.lemma(head))) return agent;
    return hasModifier(g, head, "civilian") && g.token(head).pos().equals("NNS") ? "CVL" : agent;
  }

  /** Agents a title word gives a named person of no record, who then belongs to the article's country. */
  private static final Set<String> PERSON_TITLE_AGENTS = Set.of("GOV", "ELI", "OPP");

  /** Token {@code i} is a title word giving its named person the agent {@code agent}: "President", "candidate". */
  boolean titles(SentenceGraph g, int i, String agent) {
    if (!PERSON_TITLE_AGENTS.contains(agent) || g.token(i).isProperNoun() && !g.token(i).ner().equals("TITLE")) return false;
    if (agent.equals("GOV")) return TITLE_GOV.contains(g.lemma(i));
    return knowledge.findAgent(g.lemma(i)).filter(agent::equals).isPresent();
  }
}
