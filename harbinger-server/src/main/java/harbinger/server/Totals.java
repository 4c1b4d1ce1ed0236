package harbinger.server;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Summary figures of a store, for the health check and the dashboard's header.
 *
 * @param articles articles stored (coded or skipped)
 * @param skipped articles that could not be coded
 * @param events events stored
 * @param first earliest event day, or null
 * @param last latest event day, or null
 */
public record Totals(long articles, long skipped, long events, @Nullable LocalDate first, @Nullable LocalDate last) {}
