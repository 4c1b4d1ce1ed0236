/**
 * Reading the project's tab-separated data files (ontology, lexicon, actor knowledge) with
 * {@code file:line} error reporting. Depends on {@code error} only.
 */
@NullMarked
package harbinger.data;

import org.jspecify.annotations.NullMarked;
