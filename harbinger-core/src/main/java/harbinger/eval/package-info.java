/**
 * Evaluation against gold sets: readers for the gold JSON Lines files, one pure scorer per kind of gold
 * (PLOVER records, CAMEO manual examples, M2E2 sentence events, TempEval time expressions, PolNeAR
 * attributions), score floors, and the {@link harbinger.eval.Evaluator} that feeds gold text through a
 * {@link harbinger.eval.SystemUnderTest} and scores what comes back. Scorers do no I/O and are thread-safe;
 * the exact metric definitions are in {@code docs/evaluation.md} and in each scorer's javadoc. May depend on
 * {@code model}, {@code data}, {@code error} and Jackson.
 */
@NullMarked
package harbinger.eval;

import org.jspecify.annotations.NullMarked;
