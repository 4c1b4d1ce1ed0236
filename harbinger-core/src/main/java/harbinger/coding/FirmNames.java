package harbinger.coding;

import java.util.List;
import java.util.Set;

/**
 * A firm named by its legal form ("Daelim Industrial Co.", "Severstal Holdings", "Eni SpA", "Afren Plc"): a
 * name that no dictionary lists but whose last word is a company suffix is a business (BUS), placed by the
 * country the sentence gives it ("South Korea's ...", "Russian steelmaker ..."), whatever trade word stands
 * before it ("platinum miner Implats Holdings" is the firm, not its miners). The suffix counts only as the head
 * of a name with at least one capitalised word before it, so a bare "AG" or "SA" says nothing. Stateless.
 */
final class FirmNames {
  /** Legal-form suffixes as written (case matters: "Co." and "SA", not "co" or "sa"). */
  private static final Set<String> SUFFIXES = Set.of("Corp.", "Corp", "Corporation", "Co.", "Inc.", "Inc", "Ltd",
      "Ltd.", "Limited", "Holdings", "Holding", "Plc", "PLC", "plc", "AG", "SA", "S.A.", "SpA", "S.p.A.", "GmbH",
      "NV", "N.V.", "BV", "LLC", "PJSC", "OAO", "JSC", "Bhd", "Berhad", "Tbk", "ASA", "Oyj");

  private FirmNames() {}

  /** True when {@code head} is a company suffix closing a capitalised name in {@code phrase}. */
  static boolean isFirm(SentenceGraph g, int head, List<Integer> phrase) {
    if (!SUFFIXES.contains(g.word(head))) return false;
    int pos = phrase.indexOf(head);
    if (pos <= 0) return false;
    int prev = phrase.get(pos - 1);
    return prev == head - 1 && PhraseCues.capitalised(g, prev);
  }
}
