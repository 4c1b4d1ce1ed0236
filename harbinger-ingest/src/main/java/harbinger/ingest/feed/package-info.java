/**
 * RSS and Atom feeds (Rome) polled on a schedule with conditional GET, new items fetched once and read as
 * articles: {@link harbinger.ingest.feed.FeedWatcher}, {@link harbinger.ingest.feed.FeedList}. Depends on
 * {@code ingest}, {@code ingest.web}, Rome, Jackson (state file) and the JDK HTTP client.
 */
@NullMarked
package harbinger.ingest.feed;

import org.jspecify.annotations.NullMarked;
