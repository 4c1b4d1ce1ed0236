/**
 * The CAMEO event ontology with Goldstein values, QuadClass and PLOVER type and mode, loaded once from
 * the project's data file into an immutable index. Depends on {@code data}, {@code error}.
 */
@NullMarked
package harbinger.ontology;

import org.jspecify.annotations.NullMarked;
