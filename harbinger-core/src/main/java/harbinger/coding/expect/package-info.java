/**
 * Hand-written expectations about coded events, and the readers for the files that hold them: the
 * failure-mode suite ({@code harbinger-app/src/test/resources/failure-modes/*.tsv}) and the sample corpus
 * expectations ({@code samples/sample-corpus.expected.tsv}). An {@link harbinger.coding.expect.Expectation}
 * is one assertion such as {@code USAGOV 163 RUS* conditional} or {@code !RUS* 19 UKR* asserted}; the
 * syntax is described in {@code failure-modes/README.md}. Used by evaluation and regression tests, never by
 * the coder itself. Pure apart from the file readers; all types are immutable and thread-safe.
 * Depends on {@code model}, {@code data} and {@code error} only.
 */
@NullMarked
package harbinger.coding.expect;

import org.jspecify.annotations.NullMarked;
