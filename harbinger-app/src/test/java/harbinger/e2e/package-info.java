/**
 * End-to-end integration tests: articles through the real pipeline (plain-text and JSON Lines readers,
 * CoreNLP, the coder), with one {@link harbinger.e2e.TestEngine} per test JVM. Holds the flagship story check,
 * the failure-mode suite runner, the sample-corpus goldens and their support: {@link harbinger.e2e.Ratchet}
 * (pass-count floors that only go up), {@link harbinger.e2e.GoldenEvents} (readable golden rows) and
 * {@link harbinger.e2e.EventText} (one-line events for failure messages).
 */
@NullMarked
package harbinger.e2e;

import org.jspecify.annotations.NullMarked;
