/**
 * Reading articles from files, directories and standard input (plain text, JSON Lines) into
 * {@link harbinger.model.Article}s. Unreadable input becomes an {@link harbinger.ingest.ReadItem.Unreadable}
 * item, never an exception that stops a batch. The entry point is {@link harbinger.ingest.ArticleSources}.
 * Depends on {@code model}, {@code error} and Jackson (JSON Lines parsing).
 */
@NullMarked
package harbinger.ingest;

import org.jspecify.annotations.NullMarked;
