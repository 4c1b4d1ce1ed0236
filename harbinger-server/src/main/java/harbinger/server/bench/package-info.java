/**
 * Load testing of the HTTP API: a bounded closed-loop client over {@code java.net.http} and a deterministic
 * synthetic corpus to fill a store without CoreNLP. Loopback only by design: the client refuses other hosts.
 * May depend on {@code harbinger.server}, {@code model}, {@code ontology} and {@code pipeline}.
 */
@NullMarked
package harbinger.server.bench;

import org.jspecify.annotations.NullMarked;
