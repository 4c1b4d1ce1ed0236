package harbinger.coding;

import harbinger.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The purpose of a telephone call that is itself a kind of statement: "telephoned his counterpart to offer his
 * sympathy" (018), "called the president-elect to congratulate him" (051), "rang to apologise" (055). The call (041)
 * is how the statement was made, and CAMEO codes the statement too: unlike an appeal or a threat, whose content is
 * what is asked or threatened ("urged X to release the crew"), the call does not own what was said in it. Only the
 * statement roots 01 (sympathy, optimism, denial...) and 05 (praise, apology, support) are such purposes; a call
 * "to discuss" or "to urge" stays one event. The statement is addressed to whom the call was made. Stateless.
 */
final class CallPurposes {
  private CallPurposes() {}

  private static final Set<String> STATEMENT_ROOTS = Set.of("01", "05");

  /** Is {@code content}, found inside the content of {@code owner}, a statement made in a telephone call? */
  static boolean spoken(CameoOntology ontology, Trigger owner, Trigger content) {
    if (!owner.code().startsWith("041")) return false;
    String code = content.code();
    // a plain statement (010) or a bare consultation names no act of its own
    return STATEMENT_ROOTS.contains(ontology.expect(code).root()) && !code.equals("010") && !code.equals("050");
  }

  /**
   * The statement's arguments: its own, with the call's caller and callee where it names none; a pronoun addressee
   * ("to congratulate him") is the callee.
   */
  static Arguments arguments(SentenceGraph g, Arguments call, Arguments statement) {
    List<Integer> sources = statement.sources().isEmpty() ? call.sources() : statement.sources();
    List<Integer> targets = new ArrayList<>(statement.targets());
    targets.removeIf(k -> g.token(k).isPronoun());
    targets.removeAll(sources);
    if (targets.isEmpty()) {
      targets.addAll(call.targets());
      targets.removeAll(sources);
    }
    return new Arguments(sources, targets, statement.passive(), statement.fallbackSources(), statement.fallbackTargets());
  }
}
